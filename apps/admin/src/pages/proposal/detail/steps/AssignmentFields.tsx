import { assignmentModeLabels, handlingUnitName, type AssignmentMode } from "@cppcc/domain";
import { Form, Radio, Select } from "antd";
import type { ProposalOptions } from "../../shared/types";

export type AssignmentValues = { mode: AssignmentMode; leadUnitId?: string; coUnitIds?: string[]; unitIds?: string[] };

export const assignmentInitialValues = { mode: "joint", coUnitIds: [], unitIds: [] } satisfies AssignmentValues;

/** The assignment the server takes, from the fields below (only the chosen mode's are sent). */
export function assignmentOf(v: AssignmentValues) {
  return v.mode === "joint" ? { mode: "joint" as const, leadUnitId: v.leadUnitId ?? "", coUnitIds: v.coUnitIds ?? [] } : { mode: "split" as const, unitIds: v.unitIds ?? [] };
}

type Props = {
  handlingUnits: ProposalOptions["handlingUnits"];
  /** Say under each picker what the unit will have to do (the first assignment explains it). */
  withHelp?: boolean;
};

/**
 * 办理方式 and the units: one lead unit with co-units (主办会办), or a split between units
 * (分别办理). A lead unit is never offered again as its own co-unit.
 */
export function AssignmentFields({ handlingUnits, withHelp = false }: Props) {
  const form = Form.useFormInstance<AssignmentValues>();
  const mode = Form.useWatch("mode", form) ?? "joint";
  const lead = Form.useWatch("leadUnitId", form);
  const units = handlingUnits.map((u) => ({ value: u.id, label: handlingUnitName(u), title: u.name }));
  return (
    <>
      <Form.Item name="mode" label="办理方式">
        <Radio.Group optionType="button" options={(["joint", "split"] as const).map((m) => ({ value: m, label: assignmentModeLabels[m] }))} />
      </Form.Item>
      {mode === "joint" ? (
        <>
          <Form.Item name="leadUnitId" label="主办单位" rules={[{ required: true, message: "请选择主办单位" }]} extra={withHelp && "主办单位负责答复提案者。"}>
            <Select aria-label="主办单位" placeholder="选择主办单位" options={units} showSearch={{ optionFilterProp: "label" }} />
          </Form.Item>
          <Form.Item name="coUnitIds" label="会办单位" extra={withHelp && "会办单位将意见送主办单位，不直接答复。"}>
            <Select aria-label="会办单位" mode="multiple" placeholder="可不选" options={units.filter((u) => u.value !== lead)} showSearch={{ optionFilterProp: "label" }} />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name="unitIds"
          label="分办单位"
          rules={[{ type: "array", min: 2, message: "分别办理至少需要两个承办单位" }]}
          extra={withHelp && "各单位分别就本单位职责部分答复提案者。"}
        >
          <Select aria-label="分办单位" mode="multiple" placeholder="选择两个以上单位" options={units} showSearch={{ optionFilterProp: "label" }} />
        </Form.Item>
      )}
    </>
  );
}
