import { accountStatusLabels } from "@cppcc/domain";
import type { MemberDetail } from "@cppcc/ui/roster";
import { Button, Descriptions, Flex, Tag, Typography } from "antd";
import { useState } from "react";
import { CreateAccountModal } from "../../accounts/CreateAccountModal";
import { DisableButton } from "../../accounts/DisableButton";
import { ResetPasswordModal } from "../../accounts/ResetPasswordModal";

/** The member's login for the portal: its state and what the office can do with it. */
export function AccountSection({ member }: { member: MemberDetail }) {
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState(false);
  const login = member.account;
  return (
    <section>
      <Typography.Title level={5}>登录账号</Typography.Title>
      {login ? (
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 110 } }}
          items={[
            { key: "u", label: "用户名", children: login.username },
            {
              key: "s",
              label: "状态",
              children: (
                <Flex align="center" gap={8} wrap>
                  {login.disabledAt ? <Tag>{accountStatusLabels.disabled}</Tag> : <Tag color="green">{accountStatusLabels.active}</Tag>}
                  <Button type="link" size="small" onClick={() => setResetting(true)}>
                    重置密码
                  </Button>
                  <DisableButton account={{ id: login.id, displayName: member.name, disabledAt: login.disabledAt }} />
                </Flex>
              ),
            },
          ]}
        />
      ) : (
        <Flex align="center" gap={12}>
          <Typography.Text type="secondary">尚未开通委员履职端账号</Typography.Text>
          {member.status === "active" && <Button onClick={() => setCreating(true)}>开通账号</Button>}
        </Flex>
      )}
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} member={{ id: member.id, name: member.name, phone: member.phone }} />
      <ResetPasswordModal
        account={resetting && login ? { id: login.id, username: login.username, displayName: member.name } : null}
        onClose={() => setResetting(false)}
      />
    </section>
  );
}
