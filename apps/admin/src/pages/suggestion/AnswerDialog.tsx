import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Modal, Typography } from "antd";
import { StepError } from "./StepError";
import type { InboxSuggestion } from "./types";
import { useSuggestionRefresh } from "./useSuggestionRefresh";

type Values = { answer: string };

/** 答复: what the unit did or will do; the township's officer then checks it and closes the suggestion. */
export function AnswerDialog({ suggestion: s, onClose }: { suggestion: InboxSuggestion; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useSuggestionRefresh();
  const [form] = Form.useForm<Values>();
  const answer = useMutation(
    trpc.consultation.suggestion.answer.mutationOptions({
      onSuccess: () => {
        void message.success("答复已提交，等待联络室核实销号");
        refresh();
        onClose();
      },
    }),
  );
  return (
    <Modal
      open
      title="答复意见建议"
      okText="提交答复"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: answer.isPending }}
      mask={{ closable: false }}
      destroyOnHidden
      width={620}
    >
      <StepError error={answer.error} onRefresh={refresh} />
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", background: "#f6f6f6", padding: "8px 12px", borderRadius: 6 }}>{s.content}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" disabled={answer.isPending} onFinish={(v) => answer.mutate({ id: s.id, version: s.version, answer: v.answer.trim() })}>
        <Form.Item
          name="answer"
          label="答复内容"
          rules={[
            { required: true, whitespace: true, message: "请填写答复内容" },
            { min: 5, message: "答复内容至少 5 个字，写明办理措施和结果" },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 5, maxRows: 12 }} maxLength={5000} showCount placeholder="写明办理措施、进度和结果，如：已于 5 月 20 日完成路灯维修，并纳入日常巡查" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
