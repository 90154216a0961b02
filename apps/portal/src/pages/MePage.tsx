import { roleLabels } from "@cppcc/domain";
import { errorMessage, useLogout, useSignedIn } from "@cppcc/ui";
import { Avatar, Button, List } from "antd-mobile";

/** 我的: the member's own account as the server knows it, and signing out. */
export function MePage() {
  const { account, council } = useSignedIn();
  const { logout, isPending, error } = useLogout();
  return (
    <>
      <div style={{ display: "flex", alignItems: "center", gap: 14, padding: "24px 20px", background: "#fff" }}>
        <Avatar src="" fallback={<NameBadge name={account.displayName} />} style={{ "--size": "56px", "--border-radius": "50%" }} />
        <div>
          <div style={{ fontSize: 20, fontWeight: 600 }}>{account.displayName}</div>
          <div style={{ color: "#999", fontSize: 14 }}>{roleLabels[account.role]}</div>
        </div>
      </div>
      <List header="账号信息" mode="card">
        <List.Item extra={account.username}>用户名</List.Item>
        <List.Item extra={roleLabels[account.role]}>角色</List.Item>
        <List.Item extra={council.name}>所属政协</List.Item>
      </List>
      <div style={{ padding: "8px 12px 24px" }}>
        {error && <p style={{ color: "#cf1322", textAlign: "center" }}>退出失败：{errorMessage(error)}</p>}
        <Button block size="large" color="danger" fill="outline" loading={isPending} onClick={logout}>
          退出登录
        </Button>
      </div>
    </>
  );
}

/** The family name on 政协 red, in place of a photo the platform does not keep yet. */
function NameBadge({ name }: { name: string }) {
  return (
    <span style={{ display: "flex", width: "100%", height: "100%", alignItems: "center", justifyContent: "center", background: "var(--adm-color-primary)", color: "#fff", fontSize: 24 }}>
      {name.slice(0, 1)}
    </span>
  );
}
