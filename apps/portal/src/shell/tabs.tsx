import type { ReactNode } from "react";
import { ActivityTabIcon } from "../pages/consultation/ActivityTabIcon";
import { ProposalTabIcon } from "../pages/proposal/TabIcon";
import { ContactsIcon, HomeIcon, UserIcon } from "./icons";

export type Tab = { path: string; title: string; icon: ReactNode; heading?: string };

// A later issue adds 履职 (duties) after 提案.
export const tabs: Tab[] = [
  { path: "/", title: "首页", icon: <HomeIcon /> },
  { path: "/activities", title: "活动", icon: <ActivityTabIcon />, heading: "我的活动" },
  { path: "/proposals", title: "提案", icon: <ProposalTabIcon />, heading: "我的提案" },
  { path: "/directory", title: "通讯录", icon: <ContactsIcon />, heading: "委员通讯录" },
  { path: "/me", title: "我的", icon: <UserIcon /> },
];
