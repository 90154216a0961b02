import { appRoles, type AppName, type Role } from "@cppcc/domain";

export { appLabels } from "@cppcc/domain";

/** Where the server serves each app. */
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
