import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { DatePicker, Form, Input } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { StepDialog } from "./StepDialog";
import type { StepDialogProps } from "./types";

type Values = { heldOn: Dayjs; note?: string };

/** 回头看: when the follow-up review of a key proposal was held and what it found. */
export function FollowUpDialog({ proposal, onClose, onDone, onRefresh }: StepDialogProps) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const record = useMutation(trpc.proposal.recordFollowUp.mutationOptions({ onSuccess: () => onDone("已记录回头看") }));
  const key = proposal.keyProposal;
  return (
    <StepDialog<Values>
      title="记录回头看"
      okText="保存"
      form={form}
      initialValues={{ heldOn: key?.followUpHeldOn ? dayjs(key.followUpHeldOn) : dayjs().tz(), note: key?.followUpNote ?? "" }}
      onFinish={(v) => record.mutate({ id: proposal.id, heldOn: v.heldOn.format("YYYY-MM-DD"), note: v.note?.trim() || undefined })}
      onClose={onClose}
      step={record}
      onRefresh={onRefresh}
    >
      <Form.Item name="heldOn" label="开展日期" rules={[{ required: true, message: "请选择开展回头看的日期" }]}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="note" label="回头看情况">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount placeholder="承诺事项落实情况、存在问题和下一步打算" />
      </Form.Item>
    </StepDialog>
  );
}
