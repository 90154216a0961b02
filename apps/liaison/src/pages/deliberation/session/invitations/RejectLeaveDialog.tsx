import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Typography } from "antd";
import { StepDialog } from "../../shared/StepDialog";
import type { Invitation } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useRefresh";

type Values = { reason: string };

/** 不准假: the member is still expected, and is told why. */
export function RejectLeaveDialog({ invitation, onClose }: { invitation: Invitation; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const step = useMutation(
    trpc.consultation.invitation.decide.mutationOptions({
      onSuccess: () => {
        void message.success("已告知不准假");
        refresh();
        onClose();
      },
    }),
  );
  return (
    <StepDialog<Values>
      title={`${invitation.memberName}的请假`}
      okText="不准假"
      danger
      form={form}
      onFinish={(v) => step.mutate({ id: invitation.id, version: invitation.version, type: "rejectLeave", reason: v.reason.trim() })}
      onClose={onClose}
      pending={step.isPending}
      error={step.error}
      onRefresh={refresh}
    >
      <Typography.Paragraph type="secondary">请假事由：{invitation.leaveReason || "未填写"}</Typography.Paragraph>
      <Form.Item name="reason" label="不准假的理由" rules={[{ required: true, whitespace: true, message: "请填写不准假的理由" }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
      </Form.Item>
    </StepDialog>
  );
}
