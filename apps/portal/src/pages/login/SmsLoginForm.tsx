import { errorMessage, useRequestSmsCode, useSmsLogin } from "@cppcc/ui";
import { Button, Form, Input } from "antd-mobile";
import { LoginFormFrame, LoginNotice } from "./LoginFormFrame";
import { useEffect, useState } from "react";

type Fields = { phone: string; code: string };

/** A new code may be asked for once a minute (the server's limit too); the button counts down. */
const resendSeconds = 60;

/**
 * 短信验证码登录: phone → 「获取验证码」 → the six digits → 登录. What the server says after a request is
 * shown as it is: it is the same for a phone on file and one that is not, and claims no more than it did.
 */
export function SmsLoginForm() {
  const [form] = Form.useForm<Fields>();
  const requestCode = useRequestSmsCode();
  const login = useSmsLogin();
  const [wait, setWait] = useState(0);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const askForCode = async () => {
    const { phone } = await form.validateFields(["phone"]);
    requestCode.mutate({ phone }, { onSuccess: () => setWait(resendSeconds) });
  };
  const error = login.error ?? requestCode.error;

  return (
    <>
      <LoginFormFrame form={form} pending={login.isPending} onFinish={(fields: Fields) => login.mutate(fields)}>
        <Form.Item name="phone" label="手机号" rules={[{ required: true, message: "请输入手机号" }]}>
          <Input id="phone" type="tel" inputMode="numeric" placeholder="登记的手机号" autoComplete="tel" clearable />
        </Form.Item>
        <Form.Item
          name="code"
          label="验证码"
          rules={[{ required: true, message: "请输入短信验证码" }]}
          extra={
            <Button
              id="request-code"
              size="small"
              color="primary"
              fill="outline"
              disabled={wait > 0}
              loading={requestCode.isPending}
              onClick={() => void askForCode().catch(() => undefined)}
            >
              {wait > 0 ? `${wait} 秒后重发` : "获取验证码"}
            </Button>
          }
        >
          <Input id="code" inputMode="numeric" maxLength={6} placeholder="6 位数字" autoComplete="one-time-code" clearable />
        </Form.Item>
      </LoginFormFrame>
      {requestCode.data && !error && <LoginNotice tone="info">{requestCode.data.message}</LoginNotice>}
      {error && <LoginNotice tone="error">{errorMessage(error)}</LoginNotice>}
    </>
  );
}
