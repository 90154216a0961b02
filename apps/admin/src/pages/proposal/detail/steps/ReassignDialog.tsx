import { handlingDueOn, shanghaiDate } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Alert, Form, Input } from "antd";
import { useState } from "react";
import { newRequestId } from "../../shared/format";
import { AssignmentFields, assignmentInitialValues, assignmentOf, type AssignmentValues } from "./AssignmentFields";
import { StepDialog } from "./StepDialog";
import type { StepDialogProps } from "./types";

type Values = AssignmentValues & { reason: string };

/**
 * 重新交办 by the office while units handle it, for a wrong assignment found after the return
 * window (a unit can no longer send it back itself). The new units get the full handling time.
 */
export function ReassignDialog({ proposal, options, onClose, onDone, onRefresh }: StepDialogProps) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const [requestId] = useState(newRequestId);
  const step = useMutation(trpc.proposal.reassign.mutationOptions({ onSuccess: () => onDone("已重新交办") }));
  const current = (proposal.assignment?.units ?? []).map((u) => u.name).join("、");
  return (
    <StepDialog<Values>
      title="重新交办"
      okText="确认重新交办"
      width={640}
      form={form}
      initialValues={assignmentInitialValues}
      onFinish={(v) =>
        step.mutate({
          id: proposal.id,
          version: proposal.version,
          requestId,
          reason: v.reason,
          assignment: assignmentOf(v),
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
      <AssignmentFields handlingUnits={options.handlingUnits} />
      <Form.Item name="reason" label="重新交办理由" rules={[{ required: true, message: "请写明重新交办的理由" }]}>
        <Input.TextArea aria-label="重新交办理由" rows={3} maxLength={500} showCount placeholder="如：原主办单位反映该事项不属于其职责" />
      </Form.Item>
    </StepDialog>
  );
}
