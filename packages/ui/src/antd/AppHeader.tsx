import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from "@ant-design/icons";
import { roleLabels } from "@cppcc/domain";
import { App, Avatar, Button, Flex, Grid, Layout, Tag, Typography } from "antd";
import { useEffect, type ReactNode } from "react";
import { useLogout } from "../session/useLogout";
import { useSignedIn } from "../session/SignedInContext";
import { errorMessage } from "../trpc/errors";
import { ChangePasswordButton } from "./ChangePasswordButton";
import { AccountMenu } from "./notification/AccountMenu";
import { NotificationBell } from "./notification/NotificationBell";

/** The council being worked on, the app's tools, the bell, the signed-in person (their menu) with their role, and signing out. */
export function AppHeader({ collapsed, onToggle, extra }: { collapsed: boolean; onToggle: () => void; extra?: ReactNode }) {
  const { council, account } = useSignedIn();
  const { logout, isPending, error } = useLogout();
  const { message } = App.useApp();
  // On a narrow screen the person's name matters more than the avatar and the button's words.
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  useEffect(() => {
    if (error) void message.error(`退出失败：${errorMessage(error)}`);
  }, [error, message]);
  return (
    <Layout.Header style={{ borderBottom: "1px solid #f0f0f0", paddingInline: 16 }}>
      <Flex align="center" justify="space-between" gap={12} style={{ height: "100%" }}>
        <Flex align="center" gap={8} style={{ flex: "1 1 auto", minWidth: 0 }}>
          <Button
            style={{ flex: "none" }}
            type="text"
            aria-label={collapsed ? "展开导航" : "收起导航"}
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={onToggle}
          />
          <Typography.Text strong ellipsis style={{ fontSize: 16 }}>
            {council.name}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={8} style={{ flex: "none" }}>
          {extra}
          <NotificationBell />
          {wide && <Avatar size="small" icon={<UserOutlined />} />}
          <AccountMenu displayName={account.displayName} />
          {(screens.sm ?? true) && (
            <Tag color="red" variant="outlined" style={{ marginInlineEnd: 0 }}>
              {roleLabels[account.role]}
            </Tag>
          )}
          <ChangePasswordButton showLabel={wide} />
          <Button type="text" icon={<LogoutOutlined />} onClick={logout} loading={isPending} aria-label="退出登录">
            {wide && "退出登录"}
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
