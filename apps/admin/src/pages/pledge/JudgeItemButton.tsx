import { pledgeJudgeInput } from "@cppcc/domain";
import { errorMessage, useTRPC, zodRule } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Radio } from "antd";
import { useState } from "react";

type Values = { met: boolean; note: string };

/** 认定: the office judges a free-text pledge item met or not, with a note of what it saw. */
export function JudgeItemButton({ pledgeId, index, name, label }: { pledgeId: string; index: number; name: string; label: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const judge = useMutation(
    trpc.pledge.judge.mutationOptions({
      onSuccess: () => {
        void message.success(`已认定：${name}「${label}」`);
        setOpen(false);
        void queryClient.invalidateQueries({ queryKey: trpc.pledge.list.pathKey() });
      },
      onError: (error) => void message.error(errorMessage(error)),
    }),
  );
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)}>
        认定
      </Button>
      <Modal title={`认定承诺：${name}`} open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText="认定" confirmLoading={judge.isPending} destroyOnHidden>
        <p>{label}</p>
        <Form form={form} layout="vertical" initialValues={{ met: true, note: "" }} onFinish={(v) => judge.mutate({ pledgeId, index, met: v.met, note: v.note })}>
          <Form.Item name="met" label="认定结果">
            <Radio.Group optionType="button" options={[{ value: true, label: "已完成" }, { value: false, label: "未完成" }]} />
          </Form.Item>
          <Form.Item name="note" label="认定说明" rules={[zodRule(pledgeJudgeInput.shape.note)]}>
            <Input.TextArea rows={2} maxLength={200} placeholder="依据，如走访记录、活动签到表" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
