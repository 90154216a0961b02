import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Typography } from "antd";
import { StepDialog } from "../deliberation/shared/StepDialog";
import type { ResidentTopic } from "../deliberation/shared/types";
import { residentTextedNote } from "./residentTextedNote";

type Values = { reason: string };

/** 不予采纳: the reason is kept with the topic, for the resident who asks why. */
export function RejectTopicDialog({ topic, onClose, onDone }: { topic: ResidentTopic; onClose: () => void; onDone: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const step = useMutation(
    trpc.consultation.residentTopic.moderate.mutationOptions({
      onSuccess: (d) => {
        void message.success(`已不予采纳，理由已记录${residentTextedNote(d.residentTexted)}`);
        onDone();
      },
    }),
  );
  return (
    <StepDialog<Values>
      title="不予采纳"
      okText="不予采纳"
      danger
      form={form}
      onFinish={(v) => step.mutate({ id: topic.id, version: topic.version, type: "reject", reason: v.reason.trim() })}
      onClose={onClose}
      pending={step.isPending}
      error={step.error}
      onRefresh={onDone}
    >
      <Typography.Paragraph>
        议题：<Typography.Text strong>{topic.topic}</Typography.Text>
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label="不予采纳的理由"
        rules={[
          { required: true, whitespace: true, message: "请填写不予采纳的理由" },
          { min: 2, message: "理由至少 2 个字" },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount placeholder="如：该事项已列入街道年度实事项目，正在实施" />
      </Form.Item>
    </StepDialog>
  );
}
