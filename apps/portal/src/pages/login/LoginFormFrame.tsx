import { Button, Form, type FormProps } from "antd-mobile";
import type { ReactNode } from "react";

type Props<Fields> = {
  form?: FormProps["form"];
  pending: boolean;
  onFinish: (fields: Fields) => void;
  children: ReactNode;
};

/** The card both sign-in forms share: fields, and 登录 as the form's submit button so Enter on the keyboard submits. */
export function LoginFormFrame<Fields>({ form, pending, onFinish, children }: Props<Fields>) {
  return (
    <Form
      form={form}
      layout="horizontal"
      mode="card"
      requiredMarkStyle="none"
      disabled={pending}
      onFinish={onFinish}
      footer={
        <Button block type="submit" color="primary" size="large" loading={pending} loadingText="正在登录">
          登录
        </Button>
      }
      style={{ marginTop: 16 }}
    >
      {children}
    </Form>
  );
}

const tones = {
  error: { role: "alert", background: "#fff1f0", color: "#cf1322" },
  info: { role: "status", background: "#e6f4ff", color: "#0958d9" },
} as const;

/** What the server said, under the form: an error as an alert, anything else as a status. */
export function LoginNotice({ tone, children }: { tone: keyof typeof tones; children: ReactNode }) {
  const { role, ...colours } = tones[tone];
  return (
    <div role={role} style={{ margin: "0 12px", padding: "10px 14px", borderRadius: 8, fontSize: 15, ...colours }}>
      {children}
    </div>
  );
}
