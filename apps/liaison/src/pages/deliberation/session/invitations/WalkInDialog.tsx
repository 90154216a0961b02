import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Typography } from "antd";
import { StepDialog } from "../../shared/StepDialog";
import type { Deliberation } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useRefresh";
import { MemberPicker } from "./MemberPicker";

type Values = { memberId: string };

/**
 * 登记到会委员: anyone present, invited or not. A member who came without an invitation is
 * registered present and added to the invitation list as 已报名, so their duty record counts it.
 */
export function WalkInDialog({ deliberation: d, onClose }: { deliberation: Deliberation; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const mark = useMutation(
    trpc.consultation.checkIn.mark.mutationOptions({
      onSuccess: (r) => {
        void message.success(r.changed ? "已登记出席" : "该委员已登记出席");
        refresh();
        onClose();
      },
    }),
  );
  return (
    <StepDialog<Values>
      title="登记到会委员"
      okText="登记出席"
      form={form}
      onFinish={(v) => mark.mutate({ consultationId: d.id, memberId: v.memberId, present: true })}
      onClose={onClose}
      pending={mark.isPending}
      error={mark.error}
      onRefresh={refresh}
    >
      <Typography.Paragraph type="secondary">
        登记今天到会的委员，包括未收到邀请的：未邀请的委员登记后会加入邀请名单（已报名），计入履职记录。
      </Typography.Paragraph>
      <Form.Item name="memberId" label="到会委员" rules={[{ required: true, message: "请选择到会的委员" }]}>
        <MemberPicker consultationId={d.id} />
      </Form.Item>
    </StepDialog>
  );
}
