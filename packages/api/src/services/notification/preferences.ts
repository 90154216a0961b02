import { notificationPreference } from "@cppcc/db";
import {
  deliveryAllowed,
  notificationKindInfo,
  notificationKindsFor,
  RuleViolation,
  type DeliveryMode,
  type NotificationKind,
  type NotificationPreference,
} from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";

/** Every kind this person can receive, with their choice or the kind's default. */
export async function listPreferences({ ctx }: { ctx: SignedInContext }): Promise<NotificationPreference[]> {
  const chosen = await ctx.db.db
    .select({ kind: notificationPreference.kind, delivery: notificationPreference.delivery })
    .from(notificationPreference)
    .where(and(eq(notificationPreference.councilId, ctx.session.council.id), eq(notificationPreference.accountId, ctx.session.account.id)));
  const byKind = new Map(chosen.map((c) => [c.kind, c.delivery]));
  return notificationKindsFor(ctx.session.account.role).map((kind) => {
    const info = notificationKindInfo[kind];
    const delivery = byKind.get(kind) ?? info.defaultDelivery;
    // A kind made mandatory after someone switched it off reaches them anyway.
    return { kind, label: info.label, delivery: deliveryAllowed(kind, delivery) ? delivery : info.defaultDelivery, mandatory: info.mandatory };
  });
}

export async function setPreference({ ctx, input }: { ctx: SignedInContext; input: { kind: NotificationKind; delivery: DeliveryMode } }) {
  const info = notificationKindInfo[input.kind];
  if (!notificationKindsFor(ctx.session.account.role).includes(input.kind)) {
    throw new RuleViolation([{ path: "kind", message: `您的账号不会收到「${info.label}」通知，无需设置` }]);
  }
  if (!deliveryAllowed(input.kind, input.delivery)) {
    throw new RuleViolation([{ path: "delivery", message: `「${info.label}」关系办理期限，不能关闭，可选择立即通知或每日汇总` }]);
  }
  const councilId = ctx.session.council.id;
  const accountId = ctx.session.account.id;
  const now = ctx.clock.now();
  await ctx.db.db.transaction(async (tx) => {
    await tx
      .insert(notificationPreference)
      .values({ councilId, accountId, kind: input.kind, delivery: input.delivery, updatedAt: now })
      .onConflictDoUpdate({
        target: [notificationPreference.councilId, notificationPreference.accountId, notificationPreference.kind],
        set: { delivery: input.delivery, updatedAt: now },
      });
    await recordEvent(tx, eventActor(ctx), {
      action: "notification.preference",
      entity: "account",
      entityId: accountId,
      after: { kind: input.kind, delivery: input.delivery },
      occurredAt: now,
    });
  });
  return listPreferences({ ctx });
}
