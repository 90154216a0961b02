import type { ReactNode } from "react";
import { ActivityTabIcon } from "../pages/consultation/ActivityTabIcon";
import { ProposalTabIcon } from "../pages/proposal/TabIcon";
import { HomeIcon, UserIcon } from "./icons";

export type Tab = { path: string; title: string; icon: ReactNode; heading?: string };

// Later issues add 履职 (duties) and 提案 tabs between these two.
export const tabs: Tab[] = [
  { path: "/", title: "首页", icon: <HomeIcon /> },
  { path: "/activities", title: "活动", icon: <ActivityTabIcon />, heading: "我的活动" },
  { path: "/proposals", title: "提案", icon: <ProposalTabIcon />, heading: "我的提案" },
  { path: "/me", title: "我的", icon: <UserIcon /> },
];
