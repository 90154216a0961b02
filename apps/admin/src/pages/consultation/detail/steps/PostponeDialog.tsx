import { DatePicker, Form, Input } from "antd";
import type { Dayjs } from "dayjs";
import { ActionDialog } from "../../shared/ActionDialog";
import type { ConsultationDetail } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";
import { useTransition } from "./useTransition";

type Values = { date?: Dayjs | null; reason: string };

/** 延期: a new day, or none yet (back to planned), always with the reason members will be told. */
export function PostponeDialog({ consultation: c, onClose }: { consultation: ConsultationDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const step = useTransition(c, onClose);
  const refresh = useConsultationRefresh();
  return (
    <ActionDialog<Values>
      title="延期"
      okText="确定延期"
      form={form}
      onFinish={(v) => step.run({ type: "postpone", date: v.date ? v.date.format("YYYY-MM-DD") : null, reason: v.reason })}
      onClose={onClose}
      pending={step.isPending}
      error={step.error}
      onRefresh={() => void refresh()}
    >
      <Form.Item name="date" label="新的会议日期" extra={c.plannedDate ? `原定 ${c.plannedDate}；暂不确定可不填，协商回到“已列入计划”` : "暂不确定可不填"}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="reason" label="延期原因" rules={[{ required: true, message: "请填写延期原因" }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
      </Form.Item>
    </ActionDialog>
  );
}
