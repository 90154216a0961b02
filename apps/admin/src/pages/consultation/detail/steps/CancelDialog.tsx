import { Alert, Form, Input } from "antd";
import { ActionDialog } from "../../shared/ActionDialog";
import type { ConsultationDetail } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";
import { useTransition } from "./useTransition";

type Values = { reason: string };

/** 取消协商: ends it for good; after the meeting, attendance already recorded stays in members' duty records. */
export function CancelDialog({ consultation: c, onClose }: { consultation: ConsultationDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const step = useTransition(c, onClose);
  const refresh = useConsultationRefresh();
  return (
    <ActionDialog<Values>
      title="取消协商"
      okText="确定取消"
      danger
      form={form}
      onFinish={(v) => step.run({ type: "cancel", reason: v.reason })}
      onClose={onClose}
      pending={step.isPending}
      error={step.error}
      onRefresh={() => void refresh()}
    >
      <Alert type="warning" showIcon title="取消后不能恢复" style={{ marginBottom: 16 }} />
      <Form.Item name="reason" label="取消原因" rules={[{ required: true, message: "请填写取消原因" }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
      </Form.Item>
    </ActionDialog>
  );
}
