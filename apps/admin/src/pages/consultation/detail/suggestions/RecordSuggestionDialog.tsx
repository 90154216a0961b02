import { categoryOptions, type SuggestionAuthorKind, suggestionAuthorKindLabels, suggestionAuthorKinds } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useRosterReference } from "@cppcc/ui/roster";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Radio, Select } from "antd";
import { ActionDialog } from "../../shared/ActionDialog";
import { MemberSelect } from "../../shared/MemberSelect";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";
import { unitOptions, unitSearch } from "../../shared/unitOptions";

type Values = { authorKind: SuggestionAuthorKind; authorMemberId?: string; authorName?: string; authorUnitId?: string; category?: string; content: string };

/** 登记意见建议: what was said at the meeting, by a member, a resident or a department's representative. */
export function RecordSuggestionDialog({ consultationId, onClose }: { consultationId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const reference = useRosterReference();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("authorKind", form) ?? "member";
  const record = useMutation(
    trpc.consultation.suggestion.record.mutationOptions({
      onSuccess: async () => {
        await refresh();
        void message.success("已登记意见建议");
        onClose();
      },
    }),
  );
  const submit = (v: Values) =>
    record.mutate({
      consultationId,
      authorKind: v.authorKind,
      authorMemberId: v.authorKind === "member" ? (v.authorMemberId ?? null) : null,
      authorName: v.authorKind === "member" ? null : v.authorName?.trim() || null,
      authorUnitId: v.authorKind === "departmentRepresentative" ? (v.authorUnitId ?? null) : null,
      category: v.category ?? "",
      content: v.content,
    });
  return (
    <ActionDialog<Values>
      title="登记意见建议"
      okText="保存"
      width={680}
      form={form}
      initialValues={{ authorKind: "member" }}
      onFinish={submit}
      onClose={onClose}
      pending={record.isPending}
      error={record.error}
    >
      <Form.Item name="authorKind" label="提出人">
        <Radio.Group options={suggestionAuthorKinds.map((k) => ({ value: k, label: suggestionAuthorKindLabels[k] }))} />
      </Form.Item>
      {kind === "member" && (
        <Form.Item name="authorMemberId" label="提出意见的委员" rules={[{ required: true, message: "请选择提出意见的委员" }]}>
          <MemberSelect />
        </Form.Item>
      )}
      {kind !== "member" && (
        <Form.Item name="authorName" label="姓名" extra={kind === "resident" ? "群众可匿名，可不填" : undefined}>
          <Input maxLength={40} />
        </Form.Item>
      )}
      {kind === "departmentRepresentative" && (
        <Form.Item name="authorUnitId" label="所在单位" rules={[{ required: true, message: "请选择部门代表所在单位" }]}>
          <Select showSearch={unitSearch} options={unitOptions(reference.data?.handlingUnits ?? [])} />
        </Form.Item>
      )}
      <Form.Item name="category" label="分类" rules={[{ required: true, message: "请选择意见建议分类" }]}>
        <Select options={categoryOptions.map((c) => ({ value: c.code, label: c.label }))} />
      </Form.Item>
      <Form.Item name="content" label="意见建议内容" rules={[{ required: true, message: "请填写意见建议内容" }]}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={2000} showCount />
      </Form.Item>
    </ActionDialog>
  );
}
