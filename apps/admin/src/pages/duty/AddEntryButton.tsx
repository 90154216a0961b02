import { dutyAddEntryInput, dutyEntryLabels, manualDutyEntryKinds } from "@cppcc/domain";
import { errorMessage, useTRPC, zodRule } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, DatePicker, Form, Input, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";

type Values = { kind: string; occurredOn: Dayjs; description: string; evidence: string };

/** 登记平台外履职: what a member did off the platform, with the evidence the office saw (audited). */
export function AddEntryButton({ memberId }: { memberId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const add = useMutation(
    trpc.duty.addEntry.mutationOptions({
      onSuccess: () => {
        void message.success("已登记，计入该委员履职档案");
        setOpen(false);
        form.resetFields();
        void queryClient.invalidateQueries({ queryKey: trpc.duty.pathKey() });
      },
      onError: (error) => void message.error(errorMessage(error)),
    }),
  );
  const submit = (v: Values) => add.mutate({ memberId, kind: v.kind, occurredOn: v.occurredOn.format("YYYY-MM-DD"), description: v.description, evidence: v.evidence });
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        登记平台外履职
      </Button>
      <Modal title="登记平台外履职" open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText="登记" confirmLoading={add.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="kind" label="类型" rules={[{ required: true, message: "请选择类型" }]}>
            <Select options={manualDutyEntryKinds.map((k) => ({ value: k, label: dutyEntryLabels[k] }))} placeholder="调研报告、表彰、公益活动……" />
          </Form.Item>
          <Form.Item name="occurredOn" label="发生日期" rules={[{ required: true, message: "请选择发生日期" }]}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="description" label="事项说明" rules={[{ required: true, message: "请填写事项说明" }, zodRule(dutyAddEntryInput.shape.description)]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item name="evidence" label="佐证材料说明" rules={[{ required: true, message: "请填写佐证材料说明" }, zodRule(dutyAddEntryInput.shape.evidence)]} extra="附件上传将在后续版本提供，请先写明材料名称及存放处">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
