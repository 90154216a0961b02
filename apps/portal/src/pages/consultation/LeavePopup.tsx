import { Button, Form, Popup, TextArea } from "antd-mobile";
import { useInvitationReply } from "./useInvitationReply";

type Props = { invitation: { id: string; version: number; title: string } | null; onClose: () => void };

/** 请假: the reason is required; the organiser grants or refuses it (an unexcused absence counts against the duty record). */
export function LeavePopup({ invitation, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const reply = useInvitationReply(onClose);
  return (
    <Popup
      visible={invitation !== null}
      onMaskClick={onClose}
      onClose={onClose}
      destroyOnClose
      bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, paddingBottom: "env(safe-area-inset-bottom)" }}
    >
      <div style={{ padding: "16px 16px 0", fontSize: 17, fontWeight: 600, textAlign: "center" }}>请假</div>
      <div style={{ padding: "4px 16px 0", color: "#666", fontSize: 14, textAlign: "center" }}>{invitation?.title}</div>
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        disabled={reply.isPending}
        onFinish={({ reason }: { reason: string }) => invitation && reply.mutate({ id: invitation.id, version: invitation.version, type: "requestLeave", reason })}
        footer={
          <>
            <Button block type="submit" color="primary" size="large" loading={reply.isPending} loadingText="正在提交">
              提交请假
            </Button>
            <Button block fill="none" size="large" onClick={onClose} style={{ marginTop: 8 }}>
              取消
            </Button>
          </>
        }
      >
        <Form.Item
          name="reason"
          label="请假事由"
          description="请写明不能参加的原因；经批准后计为请假，不计缺席"
          rules={[
            { required: true, message: "请填写请假事由" },
            { min: 2, message: "请假事由至少 2 个字" },
          ]}
        >
          <TextArea id="leaveReason" placeholder="如：同日出差在外" rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Popup>
  );
}
