import { DatePicker, Form } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { ActionDialog } from "../../shared/ActionDialog";
import type { ConsultationDetail } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";
import { useTransition } from "./useTransition";

type Values = { date: Dayjs };

/** 安排会议: the day it meets; members then see it as upcoming and the organiser can open check-in that day. */
export function ScheduleDialog({ consultation: c, onClose }: { consultation: ConsultationDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const step = useTransition(c, onClose);
  const refresh = useConsultationRefresh();
  return (
    <ActionDialog<Values>
      title="安排会议"
      okText="确定排期"
      form={form}
      initialValues={{ date: c.plannedDate ? dayjs(c.plannedDate) : dayjs().tz() }}
      onFinish={(v) => step.run({ type: "schedule", date: v.date.format("YYYY-MM-DD") })}
      onClose={onClose}
      pending={step.isPending}
      error={step.error}
      onRefresh={() => void refresh()}
    >
      <Form.Item name="date" label="会议日期" rules={[{ required: true, message: "请选择会议日期" }]}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
    </ActionDialog>
  );
}
