import { Form, Modal, type FormInstance } from "antd";
import type { ReactNode } from "react";
import { StepError } from "../../shared/StepError";

type Props<V> = {
  title: string;
  okText: string;
  form: FormInstance<V>;
  onFinish: (values: V) => void;
  onClose: () => void;
  /** The step's mutation: its refusal is shown, and cleared when the person reloads the proposal. */
  step: { isPending: boolean; error: unknown; reset: () => void };
  onRefresh: () => void;
  initialValues?: Partial<V>;
  width?: number;
  danger?: boolean;
  children: ReactNode;
};

/**
 * One step's form in a dialog: the fields, the server's refusal above them (a rule, or someone
 * else's change with a way to reload), and the button that stays busy while the step runs.
 */
export function StepDialog<V extends object>({ title, okText, form, onFinish, onClose, step, onRefresh, initialValues, width = 560, danger, children }: Props<V>) {
  return (
    <Modal
      open
      title={title}
      okText={okText}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: step.isPending, danger }}
      width={width}
      maskClosable={false}
    >
      <StepError
        error={step.error}
        onRefresh={() => {
          step.reset();
          onRefresh();
        }}
      />
      <Form<V> form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues} disabled={step.isPending}>
        {children}
      </Form>
    </Modal>
  );
}
