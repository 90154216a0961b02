import { notification } from "@cppcc/db";
import { timeCursor, type NotificationItem, type NotificationKind, type NotificationListInput, type Page } from "@cppcc/domain";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { SignedInContext } from "../../context";

/** The message centre: one's own notifications, newest first, paged by (created_at, id) down the account's index. */
export async function listNotifications({ ctx, input }: { ctx: SignedInContext; input: NotificationListInput }): Promise<Page<NotificationItem>> {
  const n = notification;
  const where = [eq(n.councilId, ctx.session.council.id), eq(n.accountId, ctx.session.account.id)];
  if (input.unreadOnly) where.push(isNull(n.readAt));
  const before = timeCursor.decode(input.cursor);
  if (before) where.push(sql`(${n.createdAt}, ${n.id}) < (${before[0]}::timestamptz, ${before[1]}::uuid)`);
  const rows = await ctx.db.db
    .select({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt,
      readAt: n.readAt,
      doneAt: n.doneAt,
      cursorAt: sql<string>`${n.createdAt}::text`,
    })
    .from(n)
    .where(and(...where))
    .orderBy(desc(n.createdAt), desc(n.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorAt: _c, kind, ...r }) => ({ ...r, kind: kind as NotificationKind })),
    nextCursor: rows.length > input.limit && last ? timeCursor.encode([last.cursorAt, last.id]) : null,
  };
}
