import { assignmentModeLabels, handlingDueOn, shanghaiDate, type AssignmentMode } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Alert, Form, Input, Radio, Select } from "antd";
import { useState } from "react";
import { newRequestId } from "../../shared/format";
import { StepDialog } from "./StepDialog";
import type { StepDialogProps } from "./types";

type Values = { mode: AssignmentMode; leadUnitId?: string; coUnitIds?: string[]; unitIds?: string[]; reason: string };

/**
 * 重新交办 by the office while units handle it, for a wrong assignment found after the return
 * window (a unit can no longer send it back itself). The new units get the full handling time.
 */
export function ReassignDialog({ proposal, options, onClose, onDone, onRefresh }: StepDialogProps) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const [requestId] = useState(newRequestId);
  const step = useMutation(trpc.proposal.reassign.mutationOptions({ onSuccess: () => onDone("已重新交办") }));
  const mode = Form.useWatch("mode", form) ?? "joint";
  const lead = Form.useWatch("leadUnitId", form);
  const units = options.handlingUnits.map((u) => ({ value: u.id, label: u.shortName, title: u.name }));
  const current = (proposal.assignment?.units ?? []).map((u) => u.name).join("、");
  return (
    <StepDialog<Values>
      title="重新交办"
      okText="确认重新交办"
      width={640}
      form={form}
      initialValues={{ mode: "joint", coUnitIds: [], unitIds: [] }}
      onFinish={(v) =>
        step.mutate({
          id: proposal.id,
          version: proposal.version,
          requestId,
          reason: v.reason,
          assignment: v.mode === "joint" ? { mode: "joint", leadUnitId: v.leadUnitId ?? "", coUnitIds: v.coUnitIds ?? [] } : { mode: "split", unitIds: v.unitIds ?? [] },
        })
      }
      onClose={onClose}
      step={step}
      onRefresh={onRefresh}
    >
      <Alert
        type="info"
        showIcon
        title={`现承办单位：${current || "无"}`}
        description={`重新交办后原单位不再办理；新单位自今日起重新计算办理期限（${handlingDueOn(shanghaiDate(new Date()), options.rules)} 前答复）。`}
        style={{ marginBottom: 16 }}
      />
      <Form.Item name="mode" label="办理方式">
        <Radio.Group optionType="button" options={(["joint", "split"] as const).map((m) => ({ value: m, label: assignmentModeLabels[m] }))} />
      </Form.Item>
      {mode === "joint" ? (
        <>
          <Form.Item name="leadUnitId" label="主办单位" rules={[{ required: true, message: "请选择主办单位" }]}>
            <Select aria-label="主办单位" placeholder="选择主办单位" options={units} showSearch={{ optionFilterProp: "label" }} />
          </Form.Item>
          <Form.Item name="coUnitIds" label="会办单位">
            <Select aria-label="会办单位" mode="multiple" placeholder="可不选" options={units.filter((u) => u.value !== lead)} showSearch={{ optionFilterProp: "label" }} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="unitIds" label="分办单位" rules={[{ type: "array", min: 2, message: "分别办理至少需要两个承办单位" }]}>
          <Select aria-label="分办单位" mode="multiple" placeholder="选择两个以上单位" options={units} showSearch={{ optionFilterProp: "label" }} />
        </Form.Item>
      )}
      <Form.Item name="reason" label="重新交办理由" rules={[{ required: true, message: "请写明重新交办的理由" }]}>
        <Input.TextArea aria-label="重新交办理由" rows={3} maxLength={500} showCount placeholder="如：原主办单位反映该事项不属于其职责" />
      </Form.Item>
    </StepDialog>
  );
}
