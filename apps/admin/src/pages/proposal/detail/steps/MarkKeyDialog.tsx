import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { DatePicker, Form, Input } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useState } from "react";
import { newRequestId } from "../../shared/format";
import { StepDialog } from "./StepDialog";
import type { StepDialogProps } from "./types";

type Values = { sponsorName: string; sponsorTitle: string; followUpOn?: Dayjs | null };

/** 设为重点提案: the leader who takes charge of it (领办) and the day of the follow-up review (回头看). */
export function MarkKeyDialog({ proposal, onClose, onDone, onRefresh }: StepDialogProps) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const [requestId] = useState(newRequestId);
  const step = useMutation(trpc.proposal.markKey.mutationOptions({ onSuccess: () => onDone("已列为重点提案") }));
  const today = dayjs().tz().startOf("day");
  return (
    <StepDialog<Values>
      title="设为重点提案"
      okText="确定"
      form={form}
      onFinish={(v) =>
        step.mutate({
          id: proposal.id,
          version: proposal.version,
          requestId,
          keyProposal: { sponsorName: v.sponsorName.trim(), sponsorTitle: v.sponsorTitle.trim(), followUpOn: v.followUpOn ? v.followUpOn.format("YYYY-MM-DD") : null },
        })
      }
      onClose={onClose}
      step={step}
      onRefresh={onRefresh}
    >
      <Form.Item name="sponsorTitle" label="领办领导职务" rules={[{ required: true, whitespace: true, message: "请填写领办领导职务" }]}>
        <Input placeholder="如：副市长" maxLength={30} />
      </Form.Item>
      <Form.Item name="sponsorName" label="领办领导姓名" rules={[{ required: true, whitespace: true, message: "请填写领办领导姓名" }]}>
        <Input placeholder="如：张明" maxLength={20} />
      </Form.Item>
      <Form.Item name="followUpOn" label="回头看日期" extra="到期未开展回头看的，会在重点提案列表中提示。">
        <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isBefore(today, "day")} />
      </Form.Item>
    </StepDialog>
  );
}
