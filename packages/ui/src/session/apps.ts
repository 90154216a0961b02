import { appRoles, type AppName, type Role } from "@cppcc/domain";

/** The three apps as people know them, and where the server serves each one. */
export const appLabels: Record<AppName, string> = {
  admin: "办公室管理端",
  liaison: "镇街道联络端",
  portal: "委员履职端",
};

export const appPaths: Record<AppName, string> = {
  admin: "/admin/",
  liaison: "/liaison/",
  portal: "/portal/",
};

/** The app a role works in, so a person who opened the wrong one can be told where to go. */
export function appOfRole(role: Role): AppName | null {
  const apps = Object.keys(appRoles) as AppName[];
  return apps.find((app) => (appRoles[app] as readonly Role[]).includes(role)) ?? null;
}
