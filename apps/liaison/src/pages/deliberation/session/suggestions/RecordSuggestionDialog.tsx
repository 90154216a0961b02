import { categoryOptions, handlingUnitName, type SuggestionAuthorKind, suggestionAuthorKindLabels, suggestionAuthorKinds } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Radio, Select } from "antd";
import { StepDialog } from "../../shared/StepDialog";
import type { Deliberation } from "../../shared/types";
import { useHandlingUnits } from "../../shared/useConsultationOptions";
import { useConsultationRefresh } from "../../shared/useRefresh";
import { useInviteeOptions } from "../invitations/useInvitees";

type Values = {
  authorKind: SuggestionAuthorKind;
  authorMemberId?: string;
  authorName?: string;
  authorUnitId?: string;
  category: string;
  content: string;
};

/** 登记意见建议 made at the session by a member, a resident or a department's representative. */
export function RecordSuggestionDialog({ deliberation: d, onClose }: { deliberation: Deliberation; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const members = useInviteeOptions(d.id);
  const units = useHandlingUnits();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("authorKind", form) ?? "resident";
  const record = useMutation(
    trpc.consultation.suggestion.record.mutationOptions({
      onSuccess: () => {
        void message.success("意见建议已登记，可交办承办单位");
        refresh();
        onClose();
      },
    }),
  );
  return (
    <StepDialog<Values>
      title="登记意见建议"
      okText="登记"
      form={form}
      initialValues={{ authorKind: "resident" }}
      onFinish={(v) =>
        record.mutate({
          consultationId: d.id,
          authorKind: v.authorKind,
          authorMemberId: v.authorKind === "member" ? (v.authorMemberId ?? null) : null,
          authorName: v.authorKind === "member" ? null : v.authorName?.trim() || null,
          authorUnitId: v.authorKind === "departmentRepresentative" ? (v.authorUnitId ?? null) : null,
          category: v.category,
          content: v.content.trim(),
        })
      }
      onClose={onClose}
      pending={record.isPending}
      error={record.error}
    >
      <Form.Item name="authorKind" label="提出人">
        <Radio.Group optionType="button" options={suggestionAuthorKinds.map((k) => ({ value: k, label: suggestionAuthorKindLabels[k] }))} />
      </Form.Item>
      {kind === "member" && (
        <Form.Item name="authorMemberId" label="委员" rules={[{ required: true, message: "请选择提出意见的委员" }]}>
          <Select showSearch={{ optionFilterProp: "label" }} loading={members.isPending} options={members.data} placeholder="输入姓名查找受邀委员" />
        </Form.Item>
      )}
      {kind === "departmentRepresentative" && (
        <Form.Item name="authorUnitId" label="所在单位" rules={[{ required: true, message: "请选择部门代表所在单位" }]}>
          <Select
            showSearch={{ optionFilterProp: "label" }}
            loading={units.isPending}
            options={units.data?.map((u) => ({ value: u.id, label: handlingUnitName(u), title: u.name }))}
            placeholder="选择单位"
          />
        </Form.Item>
      )}
      {kind !== "member" && (
        <Form.Item name="authorName" label="姓名" rules={kind === "resident" ? [] : [{ required: true, whitespace: true, message: "请填写部门代表姓名" }]}>
          <Input maxLength={40} placeholder={kind === "resident" ? "群众可匿名，如：王阿姨" : "如：李四"} />
        </Form.Item>
      )}
      <Form.Item name="category" label="分类" rules={[{ required: true, message: "请选择意见建议分类" }]}>
        <Select options={categoryOptions.map((c) => ({ value: c.code, label: c.label }))} placeholder="选择分类" />
      </Form.Item>
      <Form.Item
        name="content"
        label="意见建议内容"
        rules={[
          { required: true, whitespace: true, message: "请填写意见建议内容" },
          { min: 5, message: "意见建议内容至少 5 个字" },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={2000} showCount />
      </Form.Item>
    </StepDialog>
  );
}
