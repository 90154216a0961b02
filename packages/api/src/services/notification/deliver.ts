import { notification, notificationDigest } from "@cppcc/db";
import { notificationKindInfo, type NotificationKind, type NotificationLink } from "@cppcc/domain";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { ServiceContext } from "../../serviceContext";
import type { Notice, NotificationChannel } from "./channel";

export const deliverJobKind = "notification.deliver";

const payloadSchema = z.union([z.object({ notificationId: z.string() }), z.object({ digestId: z.string() })]);

/**
 * Hands one notice to every configured channel that reaches its person. Runs as its own job per
 * notice, so one person's failing channel retries only their notice; a channel that already took
 * the notice's key takes nothing twice.
 */
export async function deliverNotice(ctx: ServiceContext, councilId: string, payload: unknown, channels: readonly NotificationChannel[]): Promise<void> {
  const p = payloadSchema.parse(payload);
  const notice = "notificationId" in p ? await singleNotice(ctx, councilId, p.notificationId) : await digestNotice(ctx, councilId, p.digestId);
  if (!notice) return;
  for (const channel of channels) {
    if (await channel.reaches(ctx, notice.accountId)) await channel.send(ctx, notice);
  }
}

async function singleNotice(ctx: ServiceContext, councilId: string, id: string): Promise<Notice | null> {
  const [n] = await ctx.db.db
    .select()
    .from(notification)
    .where(and(eq(notification.councilId, councilId), eq(notification.id, id)));
  if (!n) return null;
  return { councilId, accountId: n.accountId, key: n.key, kind: n.kind as NotificationKind, title: n.title, body: n.body, link: n.link, notificationIds: [n.id] };
}

/** The day's digest as one message: how many, then one line per notification, oldest first. */
async function digestNotice(ctx: ServiceContext, councilId: string, digestId: string): Promise<Notice | null> {
  const [digest] = await ctx.db.db
    .select()
    .from(notificationDigest)
    .where(and(eq(notificationDigest.councilId, councilId), eq(notificationDigest.id, digestId)));
  if (!digest) return null;
  const items = await ctx.db.db
    .select({ id: notification.id, kind: notification.kind, title: notification.title, link: notification.link })
    .from(notification)
    .where(and(eq(notification.councilId, councilId), eq(notification.digestId, digestId)))
    .orderBy(asc(notification.createdAt), asc(notification.id));
  if (items.length === 0) return null;
  const [month, day] = digest.day.slice(5).split("-").map(Number);
  const lines = items.map((i) => `【${notificationKindInfo[i.kind as NotificationKind]?.label ?? "通知"}】${i.title}`);
  return {
    councilId,
    accountId: digest.accountId,
    key: `digest:${digest.day}:${digest.accountId}`,
    kind: "digest",
    title: `${month}月${day}日通知汇总：共 ${items.length} 条`,
    body: lines.join("\n"),
    link: (items.length === 1 ? items[0]!.link : null) as NotificationLink | null,
    notificationIds: items.map((i) => i.id),
  };
}
