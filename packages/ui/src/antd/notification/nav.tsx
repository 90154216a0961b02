import { BellOutlined } from "@ant-design/icons";
import type { NavItem } from "../SideNav";

/** The 消息中心 page's route in both desk apps, and its menu entry (which carries the unread badge). */
export const notificationsPath = "/notifications";

export const notificationsNavItem: NavItem = { path: notificationsPath, label: "消息中心", icon: <BellOutlined />, unreadBadge: true };
