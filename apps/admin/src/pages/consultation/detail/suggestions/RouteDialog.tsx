import { useRosterReference } from "@cppcc/ui/roster";
import { DatePicker, Form, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { ActionDialog } from "../../shared/ActionDialog";
import type { SuggestionRow } from "../../shared/types";
import { useConsultationOptions } from "../../shared/useConsultationOptions";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";
import { unitOptions, unitSearch } from "../../shared/unitOptions";
import { useSuggestionSteps } from "./useSuggestionSteps";

type Values = { handlingUnitId: string; deadline: Dayjs };

/** 交办: to a handling unit, with the day it must answer by (the council's answer period unless changed). */
export function RouteDialog({ suggestion: s, onClose }: { suggestion: SuggestionRow; onClose: () => void }) {
  const reference = useRosterReference();
  const options = useConsultationOptions();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const { route } = useSuggestionSteps(onClose);
  const days = options.data?.suggestionAnswerDays ?? 30;
  return (
    <ActionDialog<Values>
      title="交办意见建议"
      okText="交办"
      form={form}
      initialValues={{ deadline: dayjs().tz().add(days, "day") }}
      onFinish={(v) => route.mutate({ id: s.id, version: s.version, handlingUnitId: v.handlingUnitId, deadline: v.deadline.format("YYYY-MM-DD") })}
      onClose={onClose}
      pending={route.isPending}
      error={route.error}
      onRefresh={() => void refresh()}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
        {s.content}
      </Typography.Paragraph>
      <Form.Item name="handlingUnitId" label="承办单位" rules={[{ required: true, message: "请选择承办单位" }]}>
        <Select
          showSearch={unitSearch}
          placeholder="选择承办单位"
          options={unitOptions(reference.data?.handlingUnits ?? [])}
        />
      </Form.Item>
      <Form.Item name="deadline" label="答复期限" rules={[{ required: true, message: "请选择答复期限" }]} extra={`默认 ${days} 天内答复`}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
    </ActionDialog>
  );
}
