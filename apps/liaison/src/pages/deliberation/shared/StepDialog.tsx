import { Form, Modal, type FormInstance } from "antd";
import type { ReactNode } from "react";
import { StepError } from "./StepError";

type Props<V> = {
  title: string;
  okText: string;
  form: FormInstance<V>;
  onFinish: (values: V) => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
  onRefresh?: () => void;
  initialValues?: Partial<V>;
  danger?: boolean;
  children: ReactNode;
};

/** One step's form in a dialog: the server's refusal above the fields, the button busy while it runs. */
export function StepDialog<V extends object>({ title, okText, form, onFinish, onClose, pending, error, onRefresh, initialValues, danger, children }: Props<V>) {
  return (
    <Modal
      open
      title={title}
      okText={okText}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: pending, danger }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <StepError error={error} onRefresh={onRefresh} />
      <Form<V> form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues} requiredMark="optional" disabled={pending}>
        {children}
      </Form>
    </Modal>
  );
}
