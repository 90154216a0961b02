import { ClockCircleOutlined } from "@ant-design/icons";
import { addDays, extensionAskable, type ExtensionRules, type PastExtension } from "@cppcc/domain";
import { useMutation } from "@tanstack/react-query";
import { Button, DatePicker, Form, Input, Modal, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { StepError } from "../StepError";

type Values = { requestedDueOn: Dayjs; reason: string };

type Props = {
  /** The deadline now in force. */
  dueOn: string;
  /** This handling period's requests: while one waits, or the rule's count is used up, there is no button. */
  past: readonly PastExtension[];
  /** The council's rule: how many extensions a period allows, and the longest, to keep the picker within it (the server checks again). */
  rules: ExtensionRules;
  onSubmit: (v: { requestedDueOn: string; reason: string }) => Promise<unknown>;
  onDone: () => void;
  onRefresh?: () => void;
  size?: "small" | "middle";
};

/**
 * 申请延期, the same for a proposal, a suggestion and later a supervision letter: the date asked
 * for and why. The office decides; until then the old deadline stands, and the screen says so.
 * Offered only while a request could succeed; the server judges it again (the deadline may pass meanwhile).
 */
export function ExtensionRequestButton({ dueOn, past, rules, onSubmit, onDone, onRefresh, size }: Props) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const step = useMutation({
    mutationFn: (v: Values) => onSubmit({ requestedDueOn: v.requestedDueOn.format("YYYY-MM-DD"), reason: v.reason }),
    onSuccess: () => {
      setOpen(false);
      form.resetFields();
      onDone();
    },
  });
  if (!extensionAskable(past, rules)) return null;
  const latest = addDays(dueOn, rules.maxDays);
  return (
    <>
      <Button size={size} icon={<ClockCircleOutlined />} onClick={() => setOpen(true)}>
        申请延期
      </Button>
      <Modal
        open={open}
        title="申请延期办理"
        okText="提交申请"
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        okButtonProps={{ loading: step.isPending }}
        maskClosable={false}
        destroyOnHidden
      >
        <StepError
          error={step.error}
          onRefresh={() => {
            step.reset();
            onRefresh?.();
          }}
        />
        <Typography.Paragraph type="secondary">
          现办理期限为 {dueOn}。申请须在期限届满前提出，每次最多延至 {latest}；办公室审批前，原期限不变。
        </Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" onFinish={(v) => step.mutate(v)} disabled={step.isPending}>
          <Form.Item name="requestedDueOn" label="申请延至" rules={[{ required: true, message: "请选择申请延至的日期" }]}>
            <DatePicker
              aria-label="申请延至"
              style={{ width: "100%" }}
              disabledDate={(d) => d.format("YYYY-MM-DD") <= dueOn || d.format("YYYY-MM-DD") > latest}
              defaultPickerValue={dayjs(dueOn)}
            />
          </Form.Item>
          <Form.Item name="reason" label="延期理由" rules={[{ required: true, min: 2, message: "请填写延期理由（至少 2 个字）" }]}>
            <Input.TextArea aria-label="延期理由" rows={3} maxLength={500} showCount placeholder="写明未能按期办结的原因和预计完成时间" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
