import { notification } from "@cppcc/db";
import type { NotificationUnreadCount } from "@cppcc/domain";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { SignedInContext } from "../../context";

// Reading is the person's own state, not a change to any record, so it is not audited.

const own = (ctx: SignedInContext) => [eq(notification.councilId, ctx.session.council.id), eq(notification.accountId, ctx.session.account.id)];

/** The badge on the menu, tab and header. */
export async function unreadCount({ ctx }: { ctx: SignedInContext }): Promise<NotificationUnreadCount> {
  const [row] = await ctx.db.db
    .select({ unread: sql<number>`count(*)::int` })
    .from(notification)
    .where(and(...own(ctx), isNull(notification.readAt)));
  return { unread: row?.unread ?? 0 };
}

/** Marks the listed ones read; ids of other people's notifications match nothing. Answers how many changed. */
export async function markRead({ ctx, input }: { ctx: SignedInContext; input: { ids: string[] } }) {
  const changed = await ctx.db.db
    .update(notification)
    .set({ readAt: ctx.clock.now() })
    .where(and(...own(ctx), inArray(notification.id, input.ids), isNull(notification.readAt)))
    .returning({ id: notification.id });
  return { marked: changed.length };
}

export async function markAllRead({ ctx }: { ctx: SignedInContext }) {
  const changed = await ctx.db.db
    .update(notification)
    .set({ readAt: ctx.clock.now() })
    .where(and(...own(ctx), isNull(notification.readAt)))
    .returning({ id: notification.id });
  return { marked: changed.length };
}
