import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { handlingRoleLabels } from "@cppcc/domain";
import { Form, Input, Select, Typography } from "antd";
import { useState } from "react";
import { StepDialog } from "../proposal/detail/steps/StepDialog";
import { newRequestId } from "../proposal/shared/format";
import type { ProposalDetail } from "../proposal/shared/types";

type Values = { reason: string; handlingUnitId?: string };

type Props = {
  proposal: ProposalDetail;
  /** Staff entering a unit's paper return choose the unit; a unit's own account returns for itself. */
  onBehalf?: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
  onRefresh: () => void;
};

/** 退回交办: a unit that was wrongly assigned sends it back with its reason, within the rules' window. */
export function ReturnAssignmentDialog({ proposal, onBehalf, onClose, onDone, onRefresh }: Props) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const [requestId] = useState(newRequestId);
  const step = useMutation(trpc.proposal.returnAssignment.mutationOptions({ onSuccess: () => onDone("已退回市政协办公室重新交办") }));
  const lastDay = proposal.deadlines.returnLastDay;
  return (
    <StepDialog<Values>
      title="退回交办"
      okText="退回"
      danger
      form={form}
      onFinish={(v) => step.mutate({ id: proposal.id, version: proposal.version, requestId, reason: v.reason.trim(), handlingUnitId: v.handlingUnitId })}
      onClose={onClose}
      step={step}
      onRefresh={onRefresh}
    >
      <Typography.Paragraph type="secondary">
        认为交办不当（不属于本单位职责）的，请写明理由退回，由市政协办公室重新交办。
        {lastDay && `退回期限至 ${lastDay}，逾期不能退回。`}
      </Typography.Paragraph>
      {onBehalf && (
        <Form.Item name="handlingUnitId" label="退回单位" rules={[{ required: true, message: "请选择退回的承办单位" }]}>
          <Select
            aria-label="退回单位"
            options={(proposal.assignment?.units ?? []).map((u) => ({ value: u.handlingUnitId, label: `${u.name}（${handlingRoleLabels[u.role]}）` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="reason" label="退回理由" rules={[{ required: true, whitespace: true, message: "请写明退回理由" }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount placeholder="如：该事项属市交通运输局职责，建议改由其主办" />
      </Form.Item>
    </StepDialog>
  );
}
