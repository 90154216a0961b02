import { type AssignmentMode, assignmentModeLabels, coOpinionDueOn, handlingDueOn, handlingUnitName, returnLastDay, shanghaiDate } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Alert, Descriptions, Form, Radio, Select } from "antd";
import { useState } from "react";
import { newRequestId } from "../../shared/format";
import { StepDialog } from "./StepDialog";
import type { StepDialogProps } from "./types";

type Values = { mode: AssignmentMode; leadUnitId?: string; coUnitIds?: string[]; unitIds?: string[] };

/**
 * 交办: one lead unit with co-units (主办会办), or a split between units (分别办理). The deadlines
 * shown are the council's rules counted from today, as the server will record them.
 */
export function AssignDialog({ proposal, options, onClose, onDone, onRefresh }: StepDialogProps) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const [requestId] = useState(newRequestId);
  const step = useMutation(trpc.proposal.assign.mutationOptions({ onSuccess: () => onDone("已交办") }));
  const mode = Form.useWatch("mode", form) ?? "joint";
  const lead = Form.useWatch("leadUnitId", form);
  const units = options.handlingUnits.map((u) => ({ value: u.id, label: handlingUnitName(u), title: u.name }));
  const rules = options.rules;
  const today = shanghaiDate(new Date());
  const returned = proposal.status === "assignmentReturned" ? proposal.assignmentReturn : null;
  return (
    <StepDialog<Values>
      title="交办"
      okText="确认交办"
      width={640}
      form={form}
      initialValues={{ mode: "joint", coUnitIds: [], unitIds: [] }}
      onFinish={(v) =>
        step.mutate({
          id: proposal.id,
          version: proposal.version,
          requestId,
          assignment: v.mode === "joint" ? { mode: "joint", leadUnitId: v.leadUnitId ?? "", coUnitIds: v.coUnitIds ?? [] } : { mode: "split", unitIds: v.unitIds ?? [] },
        })
      }
      onClose={onClose}
      step={step}
      onRefresh={onRefresh}
    >
      {returned && (
        <Alert
          type="warning"
          showIcon
          title={`${returned.unitName} 已退回（${returned.returnedOn}）`}
          description={`理由：${returned.reason}`}
          style={{ marginBottom: 16 }}
        />
      )}
      {proposal.mergeGroup && (
        <Alert type="info" showIcon title={`并案提案：同组 ${proposal.mergeGroup.proposals.length} 件将一并交办`} style={{ marginBottom: 16 }} />
      )}
      <Form.Item name="mode" label="办理方式">
        <Radio.Group
          optionType="button"
          options={(["joint", "split"] as const).map((m) => ({ value: m, label: assignmentModeLabels[m] }))}
        />
      </Form.Item>
      {mode === "joint" ? (
        <>
          <Form.Item name="leadUnitId" label="主办单位" rules={[{ required: true, message: "请选择主办单位" }]} extra="主办单位负责答复提案者。">
            <Select aria-label="主办单位" placeholder="选择主办单位" options={units} showSearch={{ optionFilterProp: "label" }} />
          </Form.Item>
          <Form.Item name="coUnitIds" label="会办单位" extra="会办单位将意见送主办单位，不直接答复。">
            <Select
              aria-label="会办单位"
              mode="multiple"
              placeholder="可不选"
              options={units.filter((u) => u.value !== lead)}
              showSearch={{ optionFilterProp: "label" }}
            />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name="unitIds"
          label="分办单位"
          rules={[{ type: "array", min: 2, message: "分别办理至少需要两个承办单位" }]}
          extra="各单位分别就本单位职责部分答复提案者。"
        >
          <Select aria-label="分办单位" mode="multiple" placeholder="选择两个以上单位" options={units} showSearch={{ optionFilterProp: "label" }} />
        </Form.Item>
      )}
      <Descriptions
        size="small"
        bordered
        column={1}
        title="办理时限（按本会提案工作规则，自今日交办起算）"
        items={[
          { key: "due", label: "答复期限", children: `${rules.deadlines.handlingMonths} 个月，${handlingDueOn(today, rules)} 前答复` },
          { key: "return", label: "退回期限", children: `${rules.deadlines.returnDays} 日内，${returnLastDay(today, rules)} 前可退回交办` },
          ...(mode === "joint" ? [{ key: "co", label: "会办意见", children: `${rules.deadlines.coOpinionDays} 日内，${coOpinionDueOn(today, rules)} 前送主办单位` }] : []),
        ]}
      />
    </StepDialog>
  );
}
