import { roleLabels } from "@cppcc/domain";
import { Button, Result, Space } from "antd";
import type { ForbiddenProps } from "../session/RequireRole";
import { appLabels, appOfRole, appPaths } from "../session/apps";
import { useLogout } from "../session/useLogout";

/** 无权访问: says who is signed in, why they cannot use this app, and where they should go. */
export function Forbidden({ app, session }: ForbiddenProps) {
  const { logout, isPending } = useLogout();
  const { displayName, role } = session.account;
  const own = appOfRole(role);
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={
        <>
          <p>
            您当前登录的账号是“{displayName}”，角色为{roleLabels[role]}，无权使用{appLabels[app]}。
          </p>
          <p>{own ? `${roleLabels[role]}账号请使用${appLabels[own]}。` : "请联系市政协办公室开通相应权限。"}</p>
        </>
      }
      extra={
        <Space wrap>
          {own && (
            <Button type="primary" href={appPaths[own]}>
              前往{appLabels[own]}
            </Button>
          )}
          <Button onClick={logout} loading={isPending}>
            退出登录
          </Button>
        </Space>
      }
    />
  );
}
