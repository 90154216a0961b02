import type { ReactNode } from "react";
import { HomeIcon, UserIcon } from "./icons";

export type Tab = { path: string; title: string; icon: ReactNode };

// Later issues add 履职 (duties) and 提案 tabs between these two.
export const tabs: Tab[] = [
  { path: "/", title: "首页", icon: <HomeIcon /> },
  { path: "/me", title: "我的", icon: <UserIcon /> },
];
