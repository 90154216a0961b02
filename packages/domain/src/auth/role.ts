/** admin: city office · liaison: own township · handler: own handling unit · member: self. */
export const roles = ["admin", "liaison", "handler", "member"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: "市政协办公室",
  liaison: "镇街道联络员",
  handler: "承办单位",
  member: "委员",
};

/** Which app each role works in; a role outside its app sees 无权访问. */
export const appRoles = {
  admin: ["admin", "handler"],
  liaison: ["liaison"],
  portal: ["member"],
} as const satisfies Record<string, readonly Role[]>;
export type AppName = keyof typeof appRoles;

/** The three apps as people know them: in page titles, the server's front page and 无权访问. */
export const appLabels: Record<AppName, string> = {
  admin: "办公室管理端",
  liaison: "镇街道联络端",
  portal: "委员履职端",
};

export function canUseApp(app: AppName, role: Role): boolean {
  return (appRoles[app] as readonly Role[]).includes(role);
}
