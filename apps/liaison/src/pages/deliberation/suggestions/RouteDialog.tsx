import { handlingUnitName } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, DatePicker, Form, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { isoOf } from "../shared/format";
import { StepDialog } from "../shared/StepDialog";
import { useConsultationOptions, useHandlingUnits } from "../shared/useConsultationOptions";
import { useConsultationRefresh } from "../shared/useRefresh";
import type { SuggestionItem } from "./types";

type Values = { handlingUnitId: string; deadline: Dayjs };

/** 交办: to a handling unit with an answer deadline (the council's answer period unless changed). */
export function RouteDialog({ suggestion: s, onClose }: { suggestion: SuggestionItem; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const units = useHandlingUnits();
  const options = useConsultationOptions();
  const [form] = Form.useForm<Values>();
  const route = useMutation(
    trpc.consultation.suggestion.route.mutationOptions({
      onSuccess: () => {
        void message.success("已交办，承办单位将在其工作台看到");
        refresh();
        onClose();
      },
    }),
  );
  const answerDays = options.data?.suggestionAnswerDays ?? 30;
  return (
    <StepDialog<Values>
      title="交办意见建议"
      okText="交办"
      form={form}
      initialValues={{ deadline: dayjs().tz().add(answerDays, "day") }}
      onFinish={(v) => route.mutate({ id: s.id, version: s.version, handlingUnitId: v.handlingUnitId, deadline: isoOf(v.deadline) })}
      onClose={onClose}
      pending={route.isPending}
      error={route.error}
      onRefresh={refresh}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
        {s.content}
      </Typography.Paragraph>
      <Form.Item name="handlingUnitId" label="承办单位" rules={[{ required: true, message: "请选择承办单位" }]}>
        <Select
          showSearch={{ optionFilterProp: "label" }}
          loading={units.isPending}
          placeholder="输入单位名称查找，如 住建"
          options={units.data?.map((u) => ({ value: u.id, label: handlingUnitName(u), title: u.name }))}
        />
      </Form.Item>
      <Form.Item name="deadline" label="答复期限" rules={[{ required: true, message: "请选择答复期限" }]} extra={`默认交办后 ${answerDays} 天内答复`}>
        <DatePicker style={{ width: "100%" }} disabledDate={(d) => !d.isAfter(dayjs().tz(), "day")} />
      </Form.Item>
    </StepDialog>
  );
}
