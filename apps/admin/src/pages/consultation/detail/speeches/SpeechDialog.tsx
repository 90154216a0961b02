import { speechKindLabels, speechKinds, type SpeechKind } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Radio } from "antd";
import { ActionDialog } from "../../shared/ActionDialog";
import { MemberSelect } from "../../shared/MemberSelect";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";

type Values = { memberId: string; kind: SpeechKind; title: string; summary?: string };

/** 登记发言: a member's speech at the meeting; it counts in their duty record. */
export function SpeechDialog({ consultationId, onClose }: { consultationId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const record = useMutation(
    trpc.consultation.speech.record.mutationOptions({
      onSuccess: async () => {
        await refresh();
        void message.success("已登记发言");
        onClose();
      },
    }),
  );
  return (
    <ActionDialog<Values>
      title="登记发言"
      okText="保存"
      width={640}
      form={form}
      initialValues={{ kind: "oral", summary: "" }}
      onFinish={(v) => record.mutate({ consultationId, memberId: v.memberId, kind: v.kind, title: v.title, summary: v.summary ?? "" })}
      onClose={onClose}
      pending={record.isPending}
      error={record.error}
    >
      <Form.Item name="memberId" label="发言委员" rules={[{ required: true, message: "请选择发言的委员" }]}>
        <MemberSelect />
      </Form.Item>
      <Form.Item name="kind" label="发言类型">
        <Radio.Group options={speechKinds.map((k) => ({ value: k, label: speechKindLabels[k] }))} />
      </Form.Item>
      <Form.Item name="title" label="发言题目" rules={[{ required: true, message: "请填写发言题目" }]}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="summary" label="发言摘要">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
    </ActionDialog>
  );
}
