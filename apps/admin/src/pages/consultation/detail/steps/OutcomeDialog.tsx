import { outcomeKindLabels, outcomeKinds, type OutcomeKind } from "@cppcc/domain";
import { Form, Input, Select } from "antd";
import { ActionDialog } from "../../shared/ActionDialog";
import type { ConsultationDetail } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";
import { useTransition } from "./useTransition";

type Values = { kind: OutcomeKind; title: string; document?: string };

/** 提交成果: the document the format expects (建议案, 专题报告 or 协商报告), sent to the decision makers. */
export function OutcomeDialog({ consultation: c, onClose }: { consultation: ConsultationDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const step = useTransition(c, onClose);
  const refresh = useConsultationRefresh();
  const expected = c.expectedOutcome === "none" ? undefined : c.expectedOutcome;
  return (
    <ActionDialog<Values>
      title="提交协商成果"
      okText="报送成果"
      width={720}
      form={form}
      initialValues={{ kind: expected, title: "", document: "" }}
      onFinish={(v) => step.run({ type: "submitOutcome", outcome: { kind: v.kind, title: v.title, document: v.document ?? "" } })}
      onClose={onClose}
      pending={step.isPending}
      error={step.error}
      onRefresh={() => void refresh()}
    >
      <Form.Item name="kind" label="成果类型" rules={[{ required: true, message: "请选择成果类型" }]} extra={expected && `「${c.formatName}」的成果为${outcomeKindLabels[expected]}`}>
        <Select options={outcomeKinds.map((k) => ({ value: k, label: outcomeKindLabels[k] }))} />
      </Form.Item>
      <Form.Item name="title" label="成果文件标题" rules={[{ required: true, message: "请填写成果文件标题" }]}>
        <Input maxLength={100} showCount placeholder="如：关于加快老旧小区改造的协商报告" />
      </Form.Item>
      <Form.Item name="document" label="成果正文">
        <Input.TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={50_000} placeholder="报送市委、市政府的成果文件正文" />
      </Form.Item>
    </ActionDialog>
  );
}
