import { SaveOutlined, SendOutlined } from "@ant-design/icons";
import { formProblems, useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Flex, Form, Input, Popconfirm, Radio, Space, Typography } from "antd";
import { useState } from "react";
import { formatDateTime, newRequestId } from "../proposal/shared/format";
import { StepError } from "../proposal/shared/StepError";
import type { ProposalDetail, ProposalRules } from "../proposal/shared/types";

export type LetterKind = "reply" | "coOpinion";

type Values = { categoryCode?: string; text: string; signer?: string; contact?: string };

type Props = {
  proposal: ProposalDetail;
  kind: LetterKind;
  rules: ProposalRules;
  /** Staff entering a unit's paper letter name the unit; a unit's own account leaves it out. */
  handlingUnitId?: string;
  onSent: (message: string) => void;
  onRefresh: () => void;
};

const fields = ["categoryCode", "text", "signer", "contact"] as const;

/**
 * The letter a unit writes: the reply to the proposer (category from the council's rules, text,
 * 签发人, 联系人) or a co-unit's opinion to the lead unit. It can be saved as a draft and taken up
 * again; sending it is the step, after which it cannot change.
 */
export function LetterForm({ proposal, kind, rules, handlingUnitId, onSent, onRefresh }: Props) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [requestId] = useState(newRequestId);
  const mine = (unitId: string) => !handlingUnitId || unitId === handlingUnitId;
  const draft =
    kind === "reply"
      ? proposal.replies.find((r) => r.sentAt === null && r.round === proposal.rehandlings && mine(r.handlingUnitId))
      : proposal.coOpinions.find((o) => o.sentAt === null && mine(o.handlingUnitId));
  const [savedAt, setSavedAt] = useState<Date | null>(draft?.updatedAt ?? null);
  const showProblems = (error: unknown) => form.setFields(formProblems(error, fields).fields);

  const save = useMutation(
    trpc.proposal.saveLetterDraft.mutationOptions({
      onSuccess: (r) => {
        setSavedAt(r.updatedAt);
        void message.success("草稿已保存");
      },
      onError: showProblems,
    }),
  );
  const sendReply = useMutation(trpc.proposal.reply.mutationOptions({ onSuccess: () => onSent("答复已发送，提案者可查看并测评"), onError: showProblems }));
  const sendOpinion = useMutation(trpc.proposal.sendCoOpinion.mutationOptions({ onSuccess: () => onSent("会办意见已送主办单位"), onError: showProblems }));
  const send = kind === "reply" ? sendReply : sendOpinion;
  const pending = save.isPending || send.isPending;

  const saveDraft = () => {
    const v = form.getFieldsValue();
    save.mutate({
      id: proposal.id,
      kind,
      text: v.text ?? "",
      categoryCode: v.categoryCode || undefined,
      signer: v.signer?.trim() || undefined,
      contact: v.contact?.trim() || undefined,
      handlingUnitId,
    });
  };
  const finish = (v: Values) => {
    const common = { id: proposal.id, version: proposal.version, requestId, handlingUnitId, text: v.text.trim() };
    if (kind === "reply") {
      sendReply.mutate({ ...common, categoryCode: v.categoryCode ?? "", signer: v.signer?.trim() || undefined, contact: v.contact?.trim() || undefined });
    } else {
      sendOpinion.mutate(common);
    }
  };
  const draftReply = kind === "reply" && draft && "categoryCode" in draft ? draft : null;

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={finish}
      disabled={pending}
      initialValues={{
        text: draft?.text ?? "",
        categoryCode: draftReply?.categoryCode ?? undefined,
        signer: draftReply?.signer ?? "",
        contact: draftReply?.contact ?? "",
      }}
    >
      <StepError
        error={send.error ?? save.error}
        onRefresh={() => {
          save.reset();
          send.reset();
          onRefresh();
        }}
      />
      {kind === "reply" && (
        <Form.Item name="categoryCode" label="答复类别" rules={[{ required: true, message: "请选择答复类别" }]}>
          <Radio.Group>
            <Space orientation="vertical">
              {rules.replyCategories.map((c) => (
                <Radio key={c.code} value={c.code}>
                  {c.code} 类：{c.label}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
      )}
      <Form.Item
        name="text"
        label={kind === "reply" ? "答复内容" : "会办意见"}
        rules={[{ required: true, whitespace: true, message: kind === "reply" ? "请填写答复内容" : "请填写会办意见" }]}
      >
        <Input.TextArea
          aria-label={kind === "reply" ? "答复内容" : "会办意见"}
          autoSize={{ minRows: 8, maxRows: 20 }}
          maxLength={kind === "reply" ? 20000 : 10000}
          showCount
          placeholder={kind === "reply" ? "逐条回应提案建议：已采纳或解决的情况、列入计划的时间安排、暂不能解决的原因" : "本单位职责范围内的办理意见，送主办单位汇总答复"}
        />
      </Form.Item>
      {kind === "reply" && (
        <Flex gap={16} wrap>
          <Form.Item name="signer" label="签发人" style={{ flex: "1 1 200px" }}>
            <Input maxLength={20} placeholder="单位负责人" />
          </Form.Item>
          <Form.Item name="contact" label="联系人及电话" style={{ flex: "1 1 280px" }}>
            <Input maxLength={60} placeholder="如：王科长 0573-85000000" />
          </Form.Item>
        </Flex>
      )}
      <Flex gap={8} align="center" wrap>
        <Popconfirm
          title={kind === "reply" ? "发送答复？" : "发送会办意见？"}
          description={kind === "reply" ? "发送后提案者即可查看，本轮答复不能再修改。" : "发送后主办单位即可查看，不能再修改。"}
          okText="发送"
          cancelText="再看看"
          onConfirm={() => form.submit()}
        >
          <Button type="primary" icon={<SendOutlined />} loading={send.isPending}>
            {kind === "reply" ? "发送答复" : "发送会办意见"}
          </Button>
        </Popconfirm>
        <Button icon={<SaveOutlined />} onClick={saveDraft} loading={save.isPending}>
          保存草稿
        </Button>
        {savedAt && <Typography.Text type="secondary">草稿保存于 {formatDateTime(savedAt)}</Typography.Text>}
      </Flex>
    </Form>
  );
}
