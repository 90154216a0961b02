import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { isoOf } from "../../shared/format";
import { StepDialog } from "../../shared/StepDialog";
import type { Deliberation } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useRefresh";

type Values = { date?: Dayjs | null; reason: string };

/** 延期: to a later day, or without one yet (back to planned); the reason is kept. */
export function PostponeDialog({ deliberation: d, onClose }: { deliberation: Deliberation; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const step = useMutation(
    trpc.consultation.transition.mutationOptions({
      onSuccess: () => {
        void message.success("已延期，受邀委员将看到新的日期");
        refresh();
        onClose();
      },
    }),
  );
  return (
    <StepDialog<Values>
      title="议事延期"
      okText="延期"
      form={form}
      onFinish={(v) => step.mutate({ id: d.id, version: d.version, event: { type: "postpone", date: isoOf(v.date), reason: v.reason.trim() } })}
      onClose={onClose}
      pending={step.isPending}
      error={step.error}
      onRefresh={refresh}
    >
      <Form.Item name="date" label="新的议事日期" extra="暂不确定可不填，议事回到“已列入计划”">
        <DatePicker style={{ width: "100%" }} disabledDate={(day) => !day.isAfter(dayjs(d.plannedDate ?? undefined).tz(), "day")} />
      </Form.Item>
      <Form.Item name="reason" label="延期原因" rules={[{ required: true, whitespace: true, message: "请填写延期原因" }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
      </Form.Item>
    </StepDialog>
  );
}
