import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input } from "antd";
import { StepDialog } from "../shared/StepDialog";
import { useConsultationRefresh } from "../shared/useRefresh";
import type { SuggestionItem } from "./types";

type Values = { reason: string };

/** 撤回交办: taken back from the unit, to route it elsewhere; the reason stays for the next routing. */
export function RecallDialog({ suggestion: s, onClose }: { suggestion: SuggestionItem; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const recall = useMutation(
    trpc.consultation.suggestion.recall.mutationOptions({
      onSuccess: () => {
        void message.success("已撤回，可重新交办");
        refresh();
        onClose();
      },
    }),
  );
  return (
    <StepDialog<Values>
      title={`撤回交办（${s.handlingUnitName ?? ""}）`}
      okText="撤回"
      form={form}
      onFinish={(v) => recall.mutate({ id: s.id, version: s.version, reason: v.reason.trim() })}
      onClose={onClose}
      pending={recall.isPending}
      error={recall.error}
      onRefresh={refresh}
    >
      <Form.Item
        name="reason"
        label="撤回理由"
        rules={[
          { required: true, whitespace: true, message: "请填写撤回理由" },
          { min: 2, message: "撤回理由至少 2 个字" },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount placeholder="如：应由市交通运输局办理" />
      </Form.Item>
    </StepDialog>
  );
}
