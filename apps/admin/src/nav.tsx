import { AuditOutlined, DashboardOutlined } from "@ant-design/icons";
import type { Role } from "@cppcc/domain";
import { appLabels } from "@cppcc/ui";
import type { NavItem } from "@cppcc/ui/antd";

/**
 * Handling units (承办单位) share the admin app with the city office but see only their own
 * desk; later issues add their proposal and suggestion pages here.
 */
export function navFor(role: Role): NavItem[] {
  if (role === "handler") return [{ path: "/", label: "承办单位工作台", icon: <AuditOutlined /> }];
  return [{ path: "/", label: "工作台", icon: <DashboardOutlined /> }];
}

export function appTitleFor(role: Role): string {
  return role === "handler" ? "承办单位工作台" : appLabels.admin;
}
