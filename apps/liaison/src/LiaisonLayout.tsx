import { BankOutlined, CommentOutlined, HomeOutlined, ScheduleOutlined, TeamOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { appLabels } from "@cppcc/ui";
import { AppLayout, GuideButton, notificationsNavItem, type NavItem } from "@cppcc/ui/antd";
import { Grid } from "antd";
import { liaisonGuide } from "./guide";

// The officer's work in their own township: roster, residents' topics, deliberations, open items, venues.
const nav: NavItem[] = [
  { path: "/", label: "工作台", icon: <HomeOutlined /> },
  { path: "/roster", label: "本镇街道名册", icon: <TeamOutlined /> },
  { path: "/topics", label: "群众议题", icon: <CommentOutlined /> },
  { path: "/deliberations", label: "民生议事堂", icon: <ScheduleOutlined /> },
  { path: "/open-items", label: "销号清单", icon: <UnorderedListOutlined /> },
  { path: "/venues", label: "阵地", icon: <BankOutlined /> },
  notificationsNavItem,
];

/** The liaison frame: on a tablet held upright the side menu folds to icons. */
export function LiaisonLayout() {
  const wide = Grid.useBreakpoint().lg ?? true;
  return <AppLayout appLabel={appLabels.liaison} nav={nav} headerExtra={<GuideButton guide={liaisonGuide} showLabel={wide} />} />;
}
