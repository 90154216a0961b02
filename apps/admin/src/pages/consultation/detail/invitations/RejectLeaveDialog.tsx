import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Typography } from "antd";
import { ActionDialog } from "../../shared/ActionDialog";
import type { InvitationRow } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";

type Values = { reason: string };

/**
 * 不准假: the member is told why and is expected to attend (an unexcused absence counts against the duty record).
 * 「已通知」 is true: the decision queues the member's 请假审批结果 notification in its own transaction.
 */
export function RejectLeaveDialog({ invitation: r, onClose }: { invitation: InvitationRow; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const decide = useMutation(
    trpc.consultation.invitation.decide.mutationOptions({
      onSuccess: async () => {
        await refresh();
        void message.success(`已通知${r.memberName}：请假未准`);
        onClose();
      },
    }),
  );
  return (
    <ActionDialog<Values>
      title={`不准${r.memberName}的请假`}
      okText="不准假"
      danger
      form={form}
      onFinish={(v) => decide.mutate({ id: r.id, version: r.version, type: "rejectLeave", reason: v.reason })}
      onClose={onClose}
      pending={decide.isPending}
      error={decide.error}
      onRefresh={() => void refresh()}
    >
      <Typography.Paragraph>请假事由：{r.leaveReason}</Typography.Paragraph>
      <Form.Item name="reason" label="不准假的理由" rules={[{ required: true, message: "请填写不准假的理由" }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
      </Form.Item>
    </ActionDialog>
  );
}
