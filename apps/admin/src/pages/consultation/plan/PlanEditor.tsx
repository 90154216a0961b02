import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { allowsCity, consultationFormatCodes, consultationFormats, quarterLabel, quarters, type ConsultationFormatCode } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useRosterReference } from "@cppcc/ui/roster";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Card, Flex, Form, Input, Select, Typography } from "antd";
import { useState } from "react";
import { ServerAlert } from "@cppcc/ui/antd";
import type { YearPlan } from "../shared/types";
import { useConsultationRefresh } from "../shared/useConsultationRefresh";
import { planProblems } from "./planProblems";

type Row = { id?: string; formatCode?: ConsultationFormatCode; topic?: string; quarter: number; leadCommitteeId?: string | null; note?: string };
type Values = { items: Row[] };

// The city plan holds city formats only; township deliberations are planned by their townships.
const formatOptions = consultationFormatCodes
  .filter((code) => allowsCity(consultationFormats[code]))
  .map((code) => ({ value: code, label: consultationFormats[code].name }));
// 0 stands for "some time in the year": a Select cannot hold null as a choice.
const quarterOptions = [{ value: 0, label: quarterLabel(null) }, ...quarters.map((q) => ({ value: q, label: quarterLabel(q) }))];

type Props = { year: number; plan: YearPlan | null; onDone: () => void };

/** Drafts the year's plan: one row per consultation, by format, quarter and lead committee. */
export function PlanEditor({ year, plan, onDone }: Props) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const reference = useRosterReference();
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState<string[] | null>(null);
  const save = useMutation(
    trpc.consultation.plan.save.mutationOptions({
      onSuccess: async () => {
        await refresh();
        void message.success(`已保存 ${year} 年度协商计划`);
        onDone();
      },
      onError: (error) => {
        const problems = planProblems(error);
        form.setFields(problems.fields);
        setGeneral(problems.general);
      },
    }),
  );
  const committees = (reference.data?.committees ?? []).map((c) => ({ value: c.id, label: c.name }));
  const initial: Values = {
    items: (plan?.items ?? []).map((i) => ({
      id: i.id,
      formatCode: i.formatCode,
      topic: i.topic,
      quarter: i.quarter ?? 0,
      leadCommitteeId: i.leadCommitteeId,
      note: i.note,
    })),
  };
  const submit = (v: Values) => {
    setGeneral(null);
    save.mutate({
      year,
      version: plan?.version ?? null,
      items: (v.items ?? []).map((r) => ({
        id: r.id,
        formatCode: r.formatCode!,
        topic: r.topic ?? "",
        quarter: r.quarter === 0 ? null : (r.quarter as 1 | 2 | 3 | 4),
        leadCommitteeId: r.leadCommitteeId ?? null,
        note: r.note ?? "",
      })),
    });
  };
  return (
    <Card
      title={plan ? `编辑 ${year} 年度协商计划` : `编制 ${year} 年度协商计划`}
      extra={
        <Flex gap={8}>
          <Button onClick={onDone} disabled={save.isPending}>
            取消
          </Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存计划
          </Button>
        </Flex>
      }
    >
      <ServerAlert general={general} />
      <Typography.Paragraph type="secondary">
        每一行是一项计划开展的协商。专题协商、对口协商、提案办理协商和请你来协商须确定牵头专委会；批准后计划锁定，不能再修改。
      </Typography.Paragraph>
      <Form<Values> form={form} initialValues={initial} onFinish={submit} disabled={save.isPending} onValuesChange={() => general && setGeneral(null)}>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.length > 0 && (
                <Flex gap={8} style={{ color: "rgba(0,0,0,0.45)", paddingRight: 40 }} aria-hidden>
                  <span style={{ width: 28 }} />
                  <span style={{ width: 200 }}>协商形式</span>
                  <span style={{ flex: "1 1 260px" }}>协商议题</span>
                  <span style={{ width: 110 }}>时间</span>
                  <span style={{ width: 200 }}>牵头专委会</span>
                  <span style={{ flex: "1 1 160px" }}>备注</span>
                </Flex>
              )}
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start" wrap style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }}>
                  <Typography.Text style={{ width: 28, lineHeight: "32px" }}>{index + 1}.</Typography.Text>
                  <Form.Item name={[field.name, "id"]} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, "formatCode"]} rules={[{ required: true, message: "请选择协商形式" }]} style={{ width: 200, marginBottom: 0 }}>
                    <Select placeholder="协商形式" options={formatOptions} aria-label={`第 ${index + 1} 项协商形式`} />
                  </Form.Item>
                  <Form.Item name={[field.name, "topic"]} rules={[{ required: true, message: "请填写协商议题" }]} style={{ flex: "1 1 260px", marginBottom: 0 }}>
                    <Input placeholder="协商议题" maxLength={80} aria-label={`第 ${index + 1} 项协商议题`} />
                  </Form.Item>
                  <Form.Item name={[field.name, "quarter"]} style={{ width: 110, marginBottom: 0 }}>
                    <Select options={quarterOptions} aria-label={`第 ${index + 1} 项季度`} />
                  </Form.Item>
                  <Form.Item name={[field.name, "leadCommitteeId"]} style={{ width: 200, marginBottom: 0 }}>
                    <Select placeholder="牵头专委会" allowClear options={committees} aria-label={`第 ${index + 1} 项牵头专委会`} />
                  </Form.Item>
                  <Form.Item name={[field.name, "note"]} style={{ flex: "1 1 160px", marginBottom: 0 }}>
                    <Input placeholder="备注（选填）" maxLength={500} aria-label={`第 ${index + 1} 项备注`} />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除第 ${index + 1} 项`} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ quarter: 0, note: "" })} style={{ alignSelf: "start" }}>
                添加协商项目
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
