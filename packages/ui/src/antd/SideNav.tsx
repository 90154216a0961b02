import { Badge, Flex, Menu, Typography } from "antd";
import type { ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";
import { useUnreadCount } from "../notification/useNotifications";
import { BrandMark } from "./BrandMark";

/** `unreadBadge`: the entry shows the person's unread notifications (消息中心). */
export type NavItem = { path: string; label: string; icon: ReactNode; unreadBadge?: boolean };

/** The brand and the app's pages; the entry whose path best matches the address is selected. */
export function SideNav({ appLabel, items, collapsed }: { appLabel: string; items: NavItem[]; collapsed: boolean }) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const unread = useUnreadCount();
  const selected = items
    .filter((i) => i.path === pathname || (i.path !== "/" && pathname.startsWith(`${i.path}/`)))
    .map((i) => i.path);
  return (
    <>
      <Flex align="center" gap={10} style={{ height: 64, padding: collapsed ? "0 16px" : "0 20px", overflow: "hidden" }}>
        <BrandMark />
        {!collapsed && (
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: 16, lineHeight: 1.3 }}>
              数字政协
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, lineHeight: 1.3 }}>
              {appLabel}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
      <Menu
        mode="inline"
        selectedKeys={selected}
        items={items.map((i) => {
          if (!i.unreadBadge) return { key: i.path, icon: i.icon, label: i.label };
          // Folded to icons, the count sits on the icon; the label (shown on hover) carries it too.
          const icon = collapsed && unread > 0 ? <Badge count={unread} size="small" offset={[2, 8]}>{i.icon}</Badge> : i.icon;
          return { key: i.path, icon, label: <BadgedLabel label={i.label} unread={unread} /> };
        })}
        onClick={({ key }) => void navigate(key)}
        style={{ borderInlineEnd: "none" }}
      />
    </>
  );
}

/** The label with its count as a number and as words, so the badge is not told by colour alone. */
function BadgedLabel({ label, unread }: { label: string; unread: number }) {
  return (
    <Flex align="center" justify="space-between" gap={8}>
      <span>{label}</span>
      {unread > 0 && <Badge count={unread} size="small" aria-label={`${unread} 条未读`} />}
    </Flex>
  );
}
