import { speechKindLabels, speechKinds, type SpeechKind } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Radio, Select } from "antd";
import { StepDialog } from "../../shared/StepDialog";
import type { Deliberation } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useRefresh";
import { useInviteeOptions } from "../invitations/useInvitees";

type Values = { memberId: string; kind: SpeechKind; title: string; summary?: string };

/** 登记发言 for one of the invited members. */
export function RecordSpeechDialog({ deliberation: d, onClose }: { deliberation: Deliberation; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const members = useInviteeOptions(d.id);
  const [form] = Form.useForm<Values>();
  const record = useMutation(
    trpc.consultation.speech.record.mutationOptions({
      onSuccess: () => {
        void message.success("发言已登记");
        refresh();
        onClose();
      },
    }),
  );
  return (
    <StepDialog<Values>
      title="登记发言"
      okText="登记"
      form={form}
      initialValues={{ kind: "oral" }}
      onFinish={(v) => record.mutate({ consultationId: d.id, memberId: v.memberId, kind: v.kind, title: v.title.trim(), summary: v.summary?.trim() ?? "" })}
      onClose={onClose}
      pending={record.isPending}
      error={record.error}
    >
      <Form.Item name="memberId" label="发言委员" rules={[{ required: true, message: "请选择发言的委员" }]}>
        <Select showSearch={{ optionFilterProp: "label" }} loading={members.isPending} options={members.data} placeholder="输入姓名查找受邀委员" />
      </Form.Item>
      <Form.Item name="kind" label="发言类型">
        <Radio.Group optionType="button" options={speechKinds.filter((k) => k !== "plenarySpeech").map((k) => ({ value: k, label: speechKindLabels[k] }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label="发言题目"
        rules={[
          { required: true, whitespace: true, message: "请填写发言题目" },
          { min: 2, message: "发言题目至少 2 个字" },
        ]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="summary" label="发言摘要">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} showCount />
      </Form.Item>
    </StepDialog>
  );
}
