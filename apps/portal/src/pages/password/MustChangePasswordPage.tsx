import { useLogout, type MustChangePasswordProps } from "@cppcc/ui";
import { Button, NoticeBar } from "antd-mobile";
import { BrandHeader } from "../../shell/BrandHeader";
import { PasswordForm } from "./PasswordForm";

/** Instead of the portal after the first login with a password the office handed over. */
export function MustChangePasswordPage({ session }: MustChangePasswordProps) {
  const { logout, isPending } = useLogout();
  return (
    <>
      <BrandHeader title="请先修改初始密码" subtitle={session.account.displayName} />
      <NoticeBar content="您的密码由办公室为您设置，请改为只有您知道的密码后再使用。" color="info" wrap />
      <PasswordForm onChanged={() => undefined} />
      <div style={{ padding: "0 12px 24px" }}>
        <Button block fill="none" size="large" loading={isPending} onClick={logout}>
          退出登录
        </Button>
      </div>
    </>
  );
}
