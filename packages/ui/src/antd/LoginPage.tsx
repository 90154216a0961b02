import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Form, Input, Typography } from "antd";
import { useSessionNotice } from "../session/notice";
import { useLogin } from "../session/useLogin";
import { errorMessage } from "../trpc/errors";
import { BrandMark } from "./BrandMark";

type Fields = { username: string; password: string };

/**
 * Sign-in for the antd apps. The server's message (wrong password, throttled, invalid input)
 * is shown as it is: it is written for people and never says whether the account exists.
 */
export function LoginPage({ appLabel }: { appLabel: string }) {
  const login = useLogin();
  const notice = useSessionNotice();
  return (
    <Flex align="center" justify="center" style={{ minHeight: "100vh", padding: 16, background: "#f5f1ec" }}>
      <Card style={{ width: "100%", maxWidth: 400 }}>
        <Flex vertical align="center" gap={8} style={{ marginBottom: 24 }}>
          <BrandMark size={48} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            数字政协
          </Typography.Title>
          <Typography.Text type="secondary">{appLabel}</Typography.Text>
        </Flex>
        {notice && !login.error && <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} />}
        <Form<Fields>
          layout="vertical"
          requiredMark={false}
          disabled={login.isPending}
          onFinish={(fields) => login.mutate(fields)}
        >
          {/* Form.Item derives the ids "username" / "password" from the names: tests rely on them. */}
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: "请输入用户名" }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            登录
          </Button>
        </Form>
        {login.error && (
          <Alert type="error" showIcon title={errorMessage(login.error)} style={{ marginTop: 16 }} role="alert" />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 24, marginBottom: 0, textAlign: "center" }}>
          账号由市政协办公室统一开通，忘记密码请联系办公室
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
