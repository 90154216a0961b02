import { roleLabels } from "@cppcc/domain";
import { appLabels, appOfRole, appPaths, useLogout, type ForbiddenProps } from "@cppcc/ui";
import { Button, Result, Space } from "./kit";

/** 无权访问 on a phone: who is signed in, why this app is not theirs, where to go instead. */
export function MobileForbidden({ app, session }: ForbiddenProps) {
  const { logout, isPending } = useLogout();
  const { displayName, role } = session.account;
  const own = appOfRole(role);
  return (
    <div style={{ padding: 16 }}>
      <Result
        status="warning"
        title="无权访问"
        description={
          <>
            <p>
              您当前登录的账号是“{displayName}”，角色为{roleLabels[role]}，无权使用{appLabels[app]}。
            </p>
            <p>{own ? `${roleLabels[role]}账号请使用${appLabels[own]}。` : "请联系市政协办公室开通相应权限。"}</p>
          </>
        }
      />
      <Space direction="vertical" block style={{ "--gap": "12px" }}>
        {own && (
          <Button block color="primary" size="large" onClick={() => window.location.assign(appPaths[own])}>
            前往{appLabels[own]}
          </Button>
        )}
        <Button block size="large" loading={isPending} onClick={logout}>
          退出登录
        </Button>
      </Space>
    </div>
  );
}
