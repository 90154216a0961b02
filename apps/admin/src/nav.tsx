import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  CommentOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FundOutlined,
  FlagOutlined,
  ImportOutlined,
  KeyOutlined,
  MessageOutlined,
  PieChartOutlined,
  ProfileOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  WarningOutlined,
} from "@ant-design/icons";
import type { Role } from "@cppcc/domain";
import { appLabels } from "@cppcc/ui";
import { notificationsNavItem, type NavItem } from "@cppcc/ui/antd";

/**
 * Handling units (承办单位) share the admin app with the city office but see only their own
 * desk; later issues add their proposal and suggestion pages here. The office's pages are also
 * guarded by role in the routes (OfficeOnly), not only left out of this menu.
 */
export function navFor(role: Role): NavItem[] {
  if (role === "handler") {
    return [
      { path: "/", label: "承办单位工作台", icon: <AuditOutlined /> },
      { path: "/handling", label: "承办提案", icon: <ProfileOutlined /> },
      { path: "/suggestions", label: "建议办理", icon: <MessageOutlined /> },
      notificationsNavItem,
    ];
  }
  return [
    { path: "/", label: "工作台", icon: <DashboardOutlined /> },
    { path: "/consultation-plan", label: "年度协商计划", icon: <CalendarOutlined /> },
    { path: "/consultations", label: "协商活动", icon: <CommentOutlined /> },
    { path: "/open-items", label: "销号清单", icon: <UnorderedListOutlined /> },
    { path: "/consultation-stats", label: "协商统计", icon: <PieChartOutlined /> },
    { path: "/proposals", label: "提案审查", icon: <ProfileOutlined /> },
    { path: "/overdue-proposals", label: "逾期提案", icon: <AlertOutlined /> },
    { path: "/extensions", label: "延期审批", icon: <ClockCircleOutlined /> },
    { path: "/key-proposals", label: "重点提案", icon: <StarOutlined /> },
    { path: "/proposal-statistics", label: "提案统计", icon: <BarChartOutlined /> },
    { path: "/figures", label: "数说", icon: <FundOutlined /> },
    { path: "/roster/members", label: "委员名册", icon: <TeamOutlined /> },
    { path: "/duty-ranking", label: "履职考评", icon: <TrophyOutlined /> },
    { path: "/duty-warnings", label: "履职预警", icon: <WarningOutlined /> },
    { path: "/duty-pledges", label: "履职承诺", icon: <FlagOutlined /> },
    { path: "/annual-reports", label: "常委述职", icon: <SolutionOutlined /> },
    { path: "/roster/import", label: "名册导入", icon: <ImportOutlined /> },
    { path: "/roster/check", label: "名册检查", icon: <FileSearchOutlined /> },
    { path: "/accounts", label: "账号管理", icon: <KeyOutlined /> },
    notificationsNavItem,
  ];
}

export function appTitleFor(role: Role): string {
  return role === "handler" ? "承办单位工作台" : appLabels.admin;
}
