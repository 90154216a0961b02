import { account, member, messageDelivery } from "@cppcc/db";
import type { ServiceContext } from "../../serviceContext";
import { and, asc, eq } from "drizzle-orm";
import { credentialDeliveryKey } from "./bulkOpen";

/**
 * Where each texted credential of one bulk opening stands — queued, sent, or not sent and why (the day's
 * limit, the provider's refusal, an account that no longer needs it) — read from the deliveries the
 * opening queued, so the office sees who got it and whom to hand a slip instead.
 */
export async function credentialDeliveries({ ctx, input }: { ctx: ServiceContext; input: { requestId: string } }) {
  const councilId = ctx.scope.councilId;
  const rows = await ctx.db.db
    .select({
      accountId: account.id,
      memberId: member.id,
      name: member.name,
      username: account.username,
      status: messageDelivery.status,
      attempts: messageDelivery.attempts,
      lastError: messageDelivery.lastError,
      sentAt: messageDelivery.sentAt,
    })
    .from(account)
    .innerJoin(member, and(eq(member.id, account.memberId), eq(member.councilId, account.councilId)))
    .leftJoin(messageDelivery, and(eq(messageDelivery.councilId, account.councilId), eq(messageDelivery.accountId, account.id), eq(messageDelivery.template, "credential")))
    .where(and(eq(account.councilId, councilId), eq(account.openRequestId, input.requestId)))
    .orderBy(asc(member.namePinyin), asc(member.id));
  // A printed batch has no deliveries: nothing to report.
  return rows
    .filter((r) => r.status !== null)
    .map((r) => ({ ...r, status: r.status!, key: credentialDeliveryKey(r.accountId) }));
}
