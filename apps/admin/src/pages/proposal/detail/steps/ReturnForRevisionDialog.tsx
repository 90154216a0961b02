import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Button, Flex, Form, Input, Typography } from "antd";
import { useState } from "react";
import { newRequestId } from "../../shared/format";
import { StepDialog } from "./StepDialog";
import type { StepDialogProps } from "./types";

type Values = { reasons: string[] };

/** 退回修改: the reasons the proposer is to act on, one per line; the rule set bounds the rounds. */
export function ReturnForRevisionDialog({ proposal, options, onClose, onDone, onRefresh }: StepDialogProps) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const [requestId] = useState(newRequestId);
  const step = useMutation(trpc.proposal.returnForRevision.mutationOptions({ onSuccess: () => onDone("已退回提案者修改") }));
  const rounds = options.rules.maxReviewRounds;
  return (
    <StepDialog<Values>
      title="退回修改"
      okText="退回"
      danger
      form={form}
      initialValues={{ reasons: [""] }}
      onFinish={(v) => step.mutate({ id: proposal.id, version: proposal.version, requestId, reasons: v.reasons.map((r) => r.trim()).filter(Boolean) })}
      onClose={onClose}
      step={step}
      onRefresh={onRefresh}
    >
      <Typography.Paragraph type="secondary">
        本会规则最多审查 {rounds} 轮，最后一轮须作出立案或不予立案的决定；本件已退回 {proposal.returns} 次。
      </Typography.Paragraph>
      <Form.List name="reasons">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={field.name}
                  label={i === 0 ? "退回理由" : undefined}
                  rules={[{ required: true, whitespace: true, message: "请写明退回理由，便于提案者修改" }]}
                  style={{ flex: 1 }}
                >
                  <Input.TextArea aria-label={`退回理由 ${i + 1}`} autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} placeholder="如：建议部分不够具体，请补充可操作的措施" />
                </Form.Item>
                {fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} aria-label="删除此条理由" onClick={() => remove(field.name)} style={{ marginTop: i === 0 ? 30 : 0 }} />}
              </Flex>
            ))}
            {fields.length < 10 && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add("")} block>
                再加一条理由
              </Button>
            )}
          </>
        )}
      </Form.List>
    </StepDialog>
  );
}
