import { ClockCircleOutlined } from "@ant-design/icons";
import { addDays } from "@cppcc/domain";
import { useMutation } from "@tanstack/react-query";
import { Button, DatePicker, Form, Input, Modal, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { StepError } from "../StepError";

type Values = { requestedDueOn: Dayjs; reason: string };

type Props = {
  /** The deadline now in force. */
  dueOn: string;
  /** The longest extension the council's rules allow, to keep the picker within it (the server checks again). */
  maxDays?: number;
  onSubmit: (v: { requestedDueOn: string; reason: string }) => Promise<unknown>;
  onDone: () => void;
  onRefresh?: () => void;
  size?: "small" | "middle";
};

/**
 * 申请延期, the same for a proposal, a suggestion and later a supervision letter: the date asked
 * for and why. The office decides; until then the old deadline stands, and the screen says so.
 */
export function ExtensionRequestButton({ dueOn, maxDays, onSubmit, onDone, onRefresh, size }: Props) {
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
  const latest = maxDays ? addDays(dueOn, maxDays) : null;
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
          现办理期限为 {dueOn}。申请须在期限届满前提出{latest ? `，每次最多延至 ${latest}` : ""}；办公室审批前，原期限不变。
        </Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" onFinish={(v) => step.mutate(v)} disabled={step.isPending}>
          <Form.Item name="requestedDueOn" label="申请延至" rules={[{ required: true, message: "请选择申请延至的日期" }]}>
            <DatePicker
              aria-label="申请延至"
              style={{ width: "100%" }}
              disabledDate={(d) => d.format("YYYY-MM-DD") <= dueOn || (latest !== null && d.format("YYYY-MM-DD") > latest)}
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
