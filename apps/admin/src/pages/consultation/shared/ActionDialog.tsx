import { Form, Modal, type FormInstance } from "antd";
import type { ReactNode } from "react";
import { ActionError } from "./ActionError";

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
  width?: number;
  danger?: boolean;
  children: ReactNode;
};

/**
 * One step's form in a dialog: the fields, the server's refusal above them (every rule it broke,
 * or someone else's change with a way to reload), and a button that stays busy while it runs.
 */
export function ActionDialog<V extends object>(props: Props<V>) {
  const { title, okText, form, onFinish, onClose, pending, error, onRefresh, initialValues, width = 560, danger, children } = props;
  return (
    <Modal
      open
      title={title}
      okText={okText}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: pending, danger }}
      width={width}
      maskClosable={false}
      destroyOnHidden
    >
      <ActionError error={error} onRefresh={onRefresh} />
      <Form<V> form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues} requiredMark="optional" disabled={pending}>
        {children}
      </Form>
    </Modal>
  );
}
