import { errorMessage, useLogin } from "@cppcc/ui";
import { Form, Input } from "antd-mobile";
import { LoginFormFrame, LoginNotice } from "./LoginFormFrame";

type Fields = { username: string; password: string };

/**
 * Sign-in by password. The server's message (wrong password, throttled, invalid input) is shown
 * as it is.
 */
export function PasswordLoginForm() {
  const login = useLogin();
  return (
    <>
      <LoginFormFrame pending={login.isPending} onFinish={(fields: Fields) => login.mutate(fields)}>
        {/* The ids are the tests' handles (same as in the desk apps). */}
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: "请输入用户名" }]}>
          <Input id="username" placeholder="请输入用户名" autoComplete="username" autoCapitalize="off" autoCorrect="off" clearable />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: "请输入密码" }]}>
          <Input id="password" type="password" placeholder="请输入密码" autoComplete="current-password" clearable />
        </Form.Item>
      </LoginFormFrame>
      {login.error && <LoginNotice tone="error">{errorMessage(login.error)}</LoginNotice>}
    </>
  );
}
