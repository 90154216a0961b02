import { Flex, Menu, Typography } from "antd";
import type { ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";
import { BrandMark } from "./BrandMark";

export type NavItem = { path: string; label: string; icon: ReactNode };

/** The brand and the app's pages; the entry whose path best matches the address is selected. */
export function SideNav({ appLabel, items, collapsed }: { appLabel: string; items: NavItem[]; collapsed: boolean }) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
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
        items={items.map((i) => ({ key: i.path, icon: i.icon, label: i.label }))}
        onClick={({ key }) => void navigate(key)}
        style={{ borderInlineEnd: "none" }}
      />
    </>
  );
}
