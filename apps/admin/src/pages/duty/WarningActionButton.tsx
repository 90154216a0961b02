import { dutyRecordWarningActionInput, warningActionLabels, warningActions } from "@cppcc/domain";
import { errorMessage, useTRPC, zodRule } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, DatePicker, Form, Input, Modal, Radio } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";

type Values = { action: (typeof warningActions)[number]; actedOn: Dayjs; note: string };

/** 记录处理: what the office did about a member's warning — a talk, a written warning, resignation advised. */
export function WarningActionButton({ memberId, name, year }: { memberId: string; name: string; year: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const record = useMutation(
    trpc.duty.recordWarningAction.mutationOptions({
      onSuccess: (_, v) => {
        void message.success(`已记录：${name} ${warningActionLabels[v.action]}`);
        setOpen(false);
        form.resetFields();
        void queryClient.invalidateQueries({ queryKey: trpc.duty.warnings.pathKey() });
      },
      onError: (error) => void message.error(errorMessage(error)),
    }),
  );
  const submit = (v: Values) => record.mutate({ memberId, year, action: v.action, actedOn: v.actedOn.format("YYYY-MM-DD"), note: v.note });
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        记录处理
      </Button>
      <Modal title={`记录处理：${name}（${year} 年度）`} open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText="记录" confirmLoading={record.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ action: "talk", actedOn: dayjs() }}>
          <Form.Item name="action" label="处理方式" rules={[{ required: true, message: "请选择处理方式" }]}>
            <Radio.Group optionType="button" options={warningActions.map((a) => ({ value: a, label: warningActionLabels[a] }))} />
          </Form.Item>
          <Form.Item name="actedOn" label="处理日期" rules={[{ required: true, message: "请选择处理日期" }]}>
            <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
          </Form.Item>
          <Form.Item name="note" label="处理情况" rules={[{ required: true, message: "请填写处理情况" }, zodRule(dutyRecordWarningActionInput.shape.note)]}>
            <Input.TextArea rows={3} maxLength={500} placeholder="谁谈的话、委员如何表态，或警示函的文号" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
