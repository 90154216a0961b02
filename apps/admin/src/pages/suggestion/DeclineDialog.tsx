import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Modal, Typography } from "antd";
import { StepError } from "./StepError";
import type { InboxSuggestion } from "./types";
import { useSuggestionRefresh } from "./useSuggestionRefresh";

type Values = { reason: string };

/** 退回: not this unit's duty; it goes back to the township to be routed again, with the reason. */
export function DeclineDialog({ suggestion: s, onClose }: { suggestion: InboxSuggestion; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useSuggestionRefresh();
  const [form] = Form.useForm<Values>();
  const decline = useMutation(
    trpc.consultation.suggestion.decline.mutationOptions({
      onSuccess: () => {
        void message.success("已退回联络室重新交办");
        refresh();
        onClose();
      },
    }),
  );
  return (
    <Modal
      open
      title="退回意见建议"
      okText="退回"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: decline.isPending, danger: true }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <StepError error={decline.error} onRefresh={refresh} />
      <Typography.Paragraph type="secondary">认为不属于本单位职责的，请写明理由退回，由联络室重新交办。退回后本单位不再看到这条意见建议。</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" disabled={decline.isPending} onFinish={(v) => decline.mutate({ id: s.id, version: s.version, reason: v.reason.trim() })}>
        <Form.Item
          name="reason"
          label="退回理由"
          rules={[
            { required: true, whitespace: true, message: "请填写退回理由" },
            { min: 2, message: "退回理由至少 2 个字" },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount placeholder="如：该路段由市交通运输局管养，建议改由其办理" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
