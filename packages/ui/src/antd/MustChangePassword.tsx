import { Alert, Button, Card, Flex, Typography } from "antd";
import type { MustChangePasswordProps } from "../session/RequireRole";
import { useLogout } from "../session/useLogout";
import { BrandMark } from "./BrandMark";
import { ChangePasswordForm } from "./ChangePasswordForm";

/** Instead of the app after the first login with a password the office handed over. */
export function MustChangePassword({ session }: MustChangePasswordProps) {
  const { logout, isPending } = useLogout();
  return (
    <Flex align="center" justify="center" style={{ minHeight: "100vh", padding: 16, background: "#f5f1ec" }}>
      <Card style={{ width: "100%", maxWidth: 440 }}>
        <Flex vertical align="center" gap={8} style={{ marginBottom: 16 }}>
          <BrandMark size={40} />
          <Typography.Title level={4} style={{ margin: 0 }}>
            请先修改初始密码
          </Typography.Title>
        </Flex>
        <Alert
          type="info"
          showIcon
          title={`${session.account.displayName}，您的密码由市政协办公室设置，请改为只有您知道的密码后再使用。`}
          style={{ marginBottom: 16 }}
        />
        <ChangePasswordForm onChanged={() => undefined} />
        <Button type="link" block onClick={logout} loading={isPending} style={{ marginTop: 8 }}>
          退出登录
        </Button>
      </Card>
    </Flex>
  );
}
