import { memberPostLabels, roleLabels } from "@cppcc/domain";
import { errorMessage, useLogout, useSignedIn } from "@cppcc/ui";
import { useMember, useRosterReference } from "@cppcc/ui/roster";
import { Avatar, Button, List, NoticeBar } from "antd-mobile";
import { useState } from "react";
import { useNavigate } from "react-router";
import { MobileLoading } from "../shell/MobileLoading";
import { NameBadge } from "../shell/NameBadge";
import { MemberProfileList } from "./me/MemberProfileList";
import { PhonePopup } from "./me/PhonePopup";
import { PasswordPopup } from "./password/PasswordPopup";
import { WechatEntry } from "./wechat/WechatEntry";

/** 我的: the member's own record (sector, committees, group, term, post, phone), the account, signing out. */
export function MePage() {
  const { account, council } = useSignedIn();
  const { logout, isPending, error } = useLogout();
  const member = useMember(account.memberId);
  const reference = useRosterReference();
  const [editingPhone, setEditingPhone] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const navigate = useNavigate();
  const name = member.data?.name ?? account.displayName;
  return (
    <>
      <div style={{ display: "flex", alignItems: "center", gap: 14, padding: "24px 20px", background: "#fff" }}>
        <Avatar src="" fallback={<NameBadge name={name} />} style={{ "--size": "56px", "--border-radius": "50%" }} />
        <div>
          <div style={{ fontSize: 20, fontWeight: 600 }}>{name}</div>
          <div style={{ color: "#999", fontSize: 14 }}>
            {member.data ? `${memberPostLabels[member.data.post]} · ${member.data.sectorName}` : roleLabels[account.role]}
          </div>
        </div>
      </div>
      {!account.memberId && <NoticeBar content="该账号未关联委员信息，请联系市政协办公室" color="alert" wrap />}
      {account.memberId && member.isPending && <MobileLoading />}
      {member.isError && <NoticeBar content={`委员信息加载失败：${errorMessage(member.error)}`} color="alert" wrap />}
      {member.data && (
        <>
          <MemberProfileList member={member.data} reference={reference.data} onEditPhone={() => setEditingPhone(true)} />
          <div style={{ padding: "0 12px" }}>
            <Button block color="primary" fill="outline" size="large" onClick={() => setEditingPhone(true)}>
              修改手机号
            </Button>
          </div>
          <PhonePopup visible={editingPhone} current={member.data.phone} onClose={() => setEditingPhone(false)} />
        </>
      )}
      <List header="账号信息" mode="card">
        <List.Item extra={account.username}>用户名</List.Item>
        <List.Item extra={roleLabels[account.role]}>角色</List.Item>
        <List.Item extra={council.name}>所属政协</List.Item>
        <List.Item onClick={() => setChangingPassword(true)}>修改密码</List.Item>
        <List.Item onClick={() => void navigate("/me/notification-settings")}>通知设置</List.Item>
        <WechatEntry />
      </List>
      <List header="帮助" mode="card">
        <List.Item onClick={() => void navigate("/guide")}>操作指南</List.Item>
      </List>
      <PasswordPopup visible={changingPassword} onClose={() => setChangingPassword(false)} />
      <div style={{ padding: "8px 12px 24px" }}>
        {error && <p style={{ color: "#cf1322", textAlign: "center" }}>退出失败：{errorMessage(error)}</p>}
        <Button block size="large" color="danger" fill="outline" loading={isPending} onClick={logout}>
          退出登录
        </Button>
      </div>
    </>
  );
}
