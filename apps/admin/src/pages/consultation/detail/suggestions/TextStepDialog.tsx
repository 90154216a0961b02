import { Form, Input, Typography } from "antd";
import { ActionDialog } from "../../shared/ActionDialog";
import type { SuggestionRow } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";
import { useSuggestionSteps } from "./useSuggestionSteps";

type Values = { text: string };

/** The steps that take one piece of writing: taking a routing back (with the reason), or entering a unit's answer sent on paper. */
export function TextStepDialog({ step, suggestion: s, onClose }: { step: "recall" | "answer"; suggestion: SuggestionRow; onClose: () => void }) {
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const steps = useSuggestionSteps(onClose);
  const mutation = steps[step];
  const recall = step === "recall";
  return (
    <ActionDialog<Values>
      title={recall ? "撤回交办" : `代录${s.handlingUnitName ?? "承办单位"}的答复`}
      okText={recall ? "撤回" : "保存答复"}
      form={form}
      onFinish={(v) =>
        recall
          ? steps.recall.mutate({ id: s.id, version: s.version, reason: v.text })
          : steps.answer.mutate({ id: s.id, version: s.version, answer: v.text })
      }
      onClose={onClose}
      pending={mutation.isPending}
      error={mutation.error}
      onRefresh={() => void refresh()}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
        {s.content}
      </Typography.Paragraph>
      <Form.Item name="text" label={recall ? "撤回理由" : "答复内容"} rules={[{ required: true, message: recall ? "请填写撤回理由" : "请填写答复内容" }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={recall ? 500 : 5000} showCount />
      </Form.Item>
    </ActionDialog>
  );
}
