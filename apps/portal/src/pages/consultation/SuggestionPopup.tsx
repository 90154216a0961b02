import { categoryOptions } from "@cppcc/domain";
import { errorMessage, formProblems, useTRPC } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Form, Popup, Selector, TextArea, Toast } from "antd-mobile";
import { useState } from "react";

type Props = { consultationId: string; visible: boolean; onClose: () => void };

/** 提交建议: the member's own suggestion to a consultation they take part in; it counts in their duty record. */
export function SuggestionPopup({ consultationId, visible, onClose }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ category: string[]; content: string }>();
  const [general, setGeneral] = useState<string | null>(null);
  const submit = useMutation(
    trpc.consultation.suggestion.submit.mutationOptions({
      onSuccess: () => {
        Toast.show({ icon: "success", content: "意见建议已提交" });
        void queryClient.invalidateQueries(trpc.consultation.pathFilter());
        form.resetFields();
        onClose();
      },
      onError: (error) => {
        const problems = formProblems(error, ["category", "content"]);
        form.setFields(problems.fields);
        setGeneral(problems.general[0] ?? (problems.fields.length === 0 ? errorMessage(error) : null));
      },
    }),
  );
  return (
    <Popup
      visible={visible}
      onMaskClick={onClose}
      onClose={onClose}
      afterShow={() => setGeneral(null)}
      bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, paddingBottom: "env(safe-area-inset-bottom)", maxHeight: "90dvh", overflowY: "auto" }}
    >
      <div style={{ padding: "16px 16px 0", fontSize: 17, fontWeight: 600, textAlign: "center" }}>提交意见建议</div>
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        disabled={submit.isPending}
        onFinish={(v: { category: string[]; content: string }) => {
          setGeneral(null);
          submit.mutate({ consultationId, category: v.category[0] ?? "", content: v.content });
        }}
        footer={
          <>
            {general && (
              <div role="alert" style={{ marginBottom: 12, padding: "10px 14px", borderRadius: 8, background: "#fff1f0", color: "#cf1322", fontSize: 15 }}>
                {general}
              </div>
            )}
            <Button block type="submit" color="primary" size="large" loading={submit.isPending} loadingText="正在提交">
              提交建议
            </Button>
          </>
        }
      >
        <Form.Item name="category" label="分类" rules={[{ required: true, message: "请选择分类" }]}>
          <Selector columns={2} options={categoryOptions.map((c) => ({ value: c.code, label: c.label }))} />
        </Form.Item>
        <Form.Item
          name="content"
          label="意见建议"
          rules={[
            { required: true, message: "请填写意见建议内容" },
            { min: 5, message: "意见建议内容至少 5 个字" },
          ]}
        >
          <TextArea id="suggestionContent" placeholder="写明问题和具体建议" rows={5} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Popup>
  );
}
