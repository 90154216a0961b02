import type { ReactNode } from "react";
import { ActivityTabIcon } from "../pages/consultation/ActivityTabIcon";
import { DutyTabIcon } from "../pages/duty/DutyTabIcon";
import { ProposalTabIcon } from "../pages/proposal/TabIcon";
import { BellIcon, ContactsIcon, HomeIcon, UserIcon } from "./icons";

/** `unreadBadge`: the tab shows the member's unread notifications. */
export type Tab = { path: string; title: string; icon: ReactNode; heading?: string; unreadBadge?: boolean };

export const tabs: Tab[] = [
  { path: "/", title: "首页", icon: <HomeIcon /> },
  { path: "/activities", title: "活动", icon: <ActivityTabIcon />, heading: "我的活动" },
  { path: "/proposals", title: "提案", icon: <ProposalTabIcon />, heading: "我的提案" },
  { path: "/duty", title: "履职", icon: <DutyTabIcon />, heading: "我的履职" },
  { path: "/directory", title: "通讯录", icon: <ContactsIcon />, heading: "委员通讯录" },
  { path: "/messages", title: "消息", icon: <BellIcon />, heading: "消息", unreadBadge: true },
  { path: "/me", title: "我的", icon: <UserIcon /> },
];
