import { annualReportReturnInput } from "@cppcc/domain";
import { errorMessage, useTRPC, zodRule } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";

/** 退回修改: the office sends a submitted report back with a reason the member reads in the portal. */
export function ReturnReportButton({ id, version, name }: { id: string; version: number; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const send = useMutation(
    trpc.annualReport.returnForRevision.mutationOptions({
      onSuccess: () => {
        void message.success(`已退回${name}的述职报告，并通知本人`);
        setOpen(false);
        void queryClient.invalidateQueries({ queryKey: trpc.annualReport.list.pathKey() });
      },
      onError: (error) => void message.error(errorMessage(error)),
    }),
  );
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)}>
        退回修改
      </Button>
      <Modal title={`退回述职报告：${name}`} open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText="退回" okButtonProps={{ danger: true }} confirmLoading={send.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => send.mutate({ id, version, reason: v.reason })}>
          <Form.Item name="reason" label="退回理由" rules={[{ required: true, whitespace: true, message: "请填写退回理由" }, zodRule(annualReportReturnInput.shape.reason)]}>
            <Input.TextArea rows={3} maxLength={300} placeholder="请写明需要补充或修改的内容" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
