import type { Role } from "@cppcc/domain";

/** The demo logins the README prints; every one has the password demo1234. */
export const demoPassword = "demo1234";

export const demoAccounts = [
  { username: "admin", role: "admin", displayName: "王芳（市政协办公室）" },
  { username: "liaison", role: "liaison", displayName: "李明（当湖街道联络员）" },
  { username: "handler", role: "handler", displayName: "张强（市住建局）" },
  // The member login belongs to a generated member of 当湖街道; the seed shows that member's name.
  { username: "member", role: "member", displayName: "委员" },
] as const satisfies readonly { username: string; role: Role; displayName: string }[];
