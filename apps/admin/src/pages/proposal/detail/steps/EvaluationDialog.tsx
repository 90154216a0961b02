import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Form, Input, Radio } from "antd";
import { useState } from "react";
import { newRequestId } from "../../shared/format";
import { StepDialog } from "./StepDialog";
import type { StepDialogProps } from "./types";

type Values = { overall: string; dimensions: Record<string, string>; comment?: string };

/** 代录测评: staff enter the rating a proposer gave on the paper evaluation form (纸质测评表). */
export function EvaluationDialog({ proposal, options, onClose, onDone, onRefresh }: StepDialogProps) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const [requestId] = useState(newRequestId);
  const step = useMutation(trpc.proposal.evaluate.mutationOptions({ onSuccess: () => onDone("测评已录入") }));
  const { scale, dimensions } = options.rules.satisfaction;
  const levels = scale.map((l) => ({ value: l.code, label: l.label }));
  return (
    <StepDialog<Values>
      title="代录测评"
      okText="保存测评"
      form={form}
      onFinish={(v) => step.mutate({ id: proposal.id, version: proposal.version, requestId, overall: v.overall, dimensions: v.dimensions ?? {}, comment: v.comment?.trim() || undefined })}
      onClose={onClose}
      step={step}
      onRefresh={onRefresh}
    >
      <Form.Item name="overall" label="总体评价" rules={[{ required: true, message: "请选择总体满意度" }]}>
        <Radio.Group optionType="button" options={levels} />
      </Form.Item>
      {dimensions.map((d) => (
        <Form.Item key={d.code} name={["dimensions", d.code]} label={d.label} rules={[{ required: true, message: `请对「${d.label}」作出评价` }]}>
          <Radio.Group optionType="button" options={levels} />
        </Form.Item>
      ))}
      <Form.Item name="comment" label="意见" extra="不满意时请写明原因，便于承办单位重新办理。">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
      </Form.Item>
    </StepDialog>
  );
}
