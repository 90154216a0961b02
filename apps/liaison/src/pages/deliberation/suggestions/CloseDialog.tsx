import { suggestionResults, type SuggestionResult } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Radio, Typography } from "antd";
import { StepDialog } from "../shared/StepDialog";
import { useConsultationOptions } from "../shared/useConsultationOptions";
import { useConsultationRefresh } from "../shared/useRefresh";
import type { SuggestionItem } from "./types";

type Values = { result: SuggestionResult; reason?: string };

/** 销号 with its result; not (fully) carried out needs a reason, for whoever reads the list later. */
export function CloseDialog({ suggestion: s, onClose }: { suggestion: SuggestionItem; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const options = useConsultationOptions();
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch("result", form);
  const close = useMutation(
    trpc.consultation.suggestion.close.mutationOptions({
      onSuccess: () => {
        void message.success("已销号");
        refresh();
        onClose();
      },
    }),
  );
  const labels = options.data?.suggestionResultLabels;
  return (
    <StepDialog<Values>
      title="销号"
      okText="销号"
      form={form}
      onFinish={(v) => close.mutate({ id: s.id, version: s.version, result: v.result, reason: v.reason?.trim() ?? "" })}
      onClose={onClose}
      pending={close.isPending}
      error={close.error}
      onRefresh={refresh}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
        {s.content}
      </Typography.Paragraph>
      {s.answer && (
        <Typography.Paragraph ellipsis={{ rows: 4, expandable: true, symbol: "展开" }}>
          <Typography.Text strong>{s.handlingUnitName}答复：</Typography.Text>
          {s.answer}
        </Typography.Paragraph>
      )}
      <Form.Item name="result" label="办理结果" rules={[{ required: true, message: "请选择办理结果" }]}>
        <Radio.Group optionType="button" buttonStyle="solid" options={suggestionResults.map((r) => ({ value: r, label: labels?.[r] ?? r }))} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={result && result !== "implemented" ? "原因" : "说明"}
        dependencies={["result"]}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_r, value: string | undefined) => {
              const r = getFieldValue("result") as SuggestionResult | undefined;
              if (r && r !== "implemented" && (value ?? "").trim().length < 2) {
                throw new Error(`请填写${labels?.[r] ?? ""}的原因（至少 2 个字）`);
              }
            },
          }),
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount placeholder={result === "implemented" ? "可不填" : "写明未能落实的原因"} />
      </Form.Item>
    </StepDialog>
  );
}
