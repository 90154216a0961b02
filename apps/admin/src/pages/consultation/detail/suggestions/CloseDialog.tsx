import { suggestionResults, type SuggestionResult } from "@cppcc/domain";
import { Form, Input, Radio, Typography } from "antd";
import { ActionDialog } from "../../shared/ActionDialog";
import type { SuggestionRow } from "../../shared/types";
import { useConsultationOptions } from "../../shared/useConsultationOptions";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";
import { useSuggestionSteps } from "./useSuggestionSteps";

type Values = { result: SuggestionResult; reason?: string };

/** 销号: closes a suggestion with its result; anything short of done says why. */
export function CloseDialog({ suggestion: s, onClose }: { suggestion: SuggestionRow; onClose: () => void }) {
  const options = useConsultationOptions();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const { close } = useSuggestionSteps(onClose);
  const result = Form.useWatch("result", form);
  const labels = options.data?.suggestionResultLabels;
  return (
    <ActionDialog<Values>
      title="意见建议销号"
      okText="销号"
      form={form}
      onFinish={(v) => close.mutate({ id: s.id, version: s.version, result: v.result, reason: v.reason ?? "" })}
      onClose={onClose}
      pending={close.isPending}
      error={close.error}
      onRefresh={() => void refresh()}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
        {s.content}
      </Typography.Paragraph>
      {s.answer && <Typography.Paragraph>答复：{s.answer}</Typography.Paragraph>}
      <Form.Item name="result" label="办理结果" rules={[{ required: true, message: "请选择办理结果" }]}>
        <Radio.Group options={suggestionResults.map((r) => ({ value: r, label: labels?.[r] ?? r }))} />
      </Form.Item>
      <Form.Item name="reason" label="原因说明" required={!!result && result !== "implemented"}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount placeholder="部分落实或未落实的，须说明原因" />
      </Form.Item>
    </ActionDialog>
  );
}
