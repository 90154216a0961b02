import { adoptionResultLabels, adoptionResults, type AdoptionResult } from "@cppcc/domain";
import { DatePicker, Form, Input, Radio } from "antd";
import type { Dayjs } from "dayjs";
import { ActionDialog } from "../../shared/ActionDialog";
import type { ConsultationDetail } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";
import { useTransition } from "./useTransition";

type Values = { adoption: AdoptionResult; feedback: string; followUpDate?: Dayjs | null };

/** 记录采纳反馈: how the decision makers took the outcome, what they said, and when to look back (回头看). */
export function FeedbackDialog({ consultation: c, onClose }: { consultation: ConsultationDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const step = useTransition(c, onClose);
  const refresh = useConsultationRefresh();
  return (
    <ActionDialog<Values>
      title="记录采纳反馈"
      okText="保存反馈"
      width={640}
      form={form}
      onFinish={(v) =>
        step.run({ type: "recordFeedback", adoption: v.adoption, feedback: v.feedback, followUpDate: v.followUpDate ? v.followUpDate.format("YYYY-MM-DD") : null })
      }
      onClose={onClose}
      pending={step.isPending}
      error={step.error}
      onRefresh={() => void refresh()}
    >
      <Form.Item name="adoption" label="采纳情况" rules={[{ required: true, message: "请选择采纳情况" }]}>
        <Radio.Group options={adoptionResults.map((a) => ({ value: a, label: adoptionResultLabels[a] }))} />
      </Form.Item>
      <Form.Item name="feedback" label="党委政府反馈意见" rules={[{ required: true, message: "请填写反馈意见" }]}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={5000} showCount placeholder="领导批示或部门反馈的采纳、落实情况" />
      </Form.Item>
      <Form.Item name="followUpDate" label="回头看日期" extra="到期提醒跟踪成果落实情况">
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
    </ActionDialog>
  );
}
