import { errorMessage, useLogin } from "@cppcc/ui";
import { Button, Form, Input } from "antd-mobile";

type Fields = { username: string; password: string };

/**
 * Sign-in by password. The server's message (wrong password, throttled, invalid input) is shown
 * as it is; Enter on the keyboard submits, because the button is the form's submit button.
 */
export function PasswordLoginForm() {
  const login = useLogin();
  return (
    <>
      <Form
        layout="horizontal"
        mode="card"
        requiredMarkStyle="none"
        disabled={login.isPending}
        onFinish={(fields: Fields) => login.mutate(fields)}
        footer={
          <Button block type="submit" color="primary" size="large" loading={login.isPending} loadingText="正在登录">
            登录
          </Button>
        }
        style={{ marginTop: 16 }}
      >
        {/* The ids are the tests' handles (same as in the desk apps). */}
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: "请输入用户名" }]}>
          <Input id="username" placeholder="请输入用户名" autoComplete="username" autoCapitalize="off" autoCorrect="off" clearable />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: "请输入密码" }]}>
          <Input id="password" type="password" placeholder="请输入密码" autoComplete="current-password" clearable />
        </Form.Item>
      </Form>
      {login.error && (
        <div role="alert" style={{ margin: "0 12px", padding: "10px 14px", borderRadius: 8, background: "#fff1f0", color: "#cf1322", fontSize: 15 }}>
          {errorMessage(login.error)}
        </div>
      )}
    </>
  );
}
