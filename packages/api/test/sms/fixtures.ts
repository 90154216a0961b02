import { account, type DbHandle } from "@cppcc/db";
import type { NotificationKind } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import type { Clock } from "../../src/context";
import { systemContext } from "../../src/serviceContext";
import type { Notice } from "../../src/services/notification/channel";
import { smsChannel } from "../../src/services/notification/channels/sms";

export const channel = smsChannel({ publicUrl: "https://zx.example.cn" });

export async function memberAccountId(db: DbHandle, username = "member"): Promise<{ councilId: string; accountId: string }> {
  const [row] = await db.db.select({ councilId: account.councilId, accountId: account.id }).from(account).where(eq(account.username, username));
  return row!;
}

export function notice(to: { councilId: string; accountId: string }, key: string, kind: NotificationKind = "consultation.invited"): Notice {
  return {
    ...to,
    key,
    kind,
    title: "邀请您参加老旧小区加装电梯协商会",
    body: null,
    link: { app: "portal", path: "/consultations/c1" },
    notificationIds: ["n1"],
  };
}

/** As the notification engineer's dispatch job will: inside a job's transaction, as the system. */
export async function sendNotice(db: DbHandle, clock: Clock, n: Notice): Promise<void> {
  await db.db.transaction(async (tx) => {
    await channel.send(systemContext({ ...db, db: tx as unknown as DbHandle["db"] }, n.councilId, clock), n);
  });
}
