import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Typography } from "antd";
import { StepDialog } from "../../shared/StepDialog";
import type { Deliberation } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useRefresh";

type Values = { reason: string };

/** 取消议事: before it met, its residents' topics become free to be scheduled again. */
export function CancelDialog({ deliberation: d, onClose }: { deliberation: Deliberation; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const step = useMutation(
    trpc.consultation.transition.mutationOptions({
      onSuccess: () => {
        void message.success("议事已取消");
        refresh();
        onClose();
      },
    }),
  );
  return (
    <StepDialog<Values>
      title="取消议事"
      okText="取消议事"
      danger
      form={form}
      onFinish={(v) => step.mutate({ id: d.id, version: d.version, event: { type: "cancel", reason: v.reason.trim() } })}
      onClose={onClose}
      pending={step.isPending}
      error={step.error}
      onRefresh={refresh}
    >
      <Typography.Paragraph type="secondary">
        {d.heldOn ? "议事已召开，取消只结束后续跟踪，已登记的出席仍计入履职。" : "取消后，本次议事的群众议题可重新安排议事。"}
      </Typography.Paragraph>
      <Form.Item name="reason" label="取消原因" rules={[{ required: true, whitespace: true, message: "请填写取消原因" }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
      </Form.Item>
    </StepDialog>
  );
}
