import { dutyPledge } from "@cppcc/db";
import { pledgeItemLabel, pledgeLockedReason, RuleViolation, shanghaiDate, type PledgeSaveInput } from "@cppcc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { ownMember } from "./ownMember";
import { pledgeRulesOf } from "./rules";

/**
 * A member writes or rewrites their pledge for a year. It may change until the year's pledge
 * deadline (the rule set's `pledge.pledgeDueOn`, in that year); after it the pledge stands as the
 * year's commitment and is what the year end is checked against. Written whole each time: the last
 * save is the pledge, one row per member and year.
 */
export async function savePledge({ ctx, input }: { ctx: SignedInContext; input: PledgeSaveInput }) {
  const councilId = ctx.session.council.id;
  const now = ctx.clock.now();
  return ctx.db.db.transaction(async (tx) => {
    const m = await ownMember(ctx, tx);
    const locked = pledgeLockedReason(input.year, shanghaiDate(now), await pledgeRulesOf(tx, councilId));
    if (locked) throw new RuleViolation(locked);
    const [before] = await tx
      .select({ id: dutyPledge.id, items: dutyPledge.items })
      .from(dutyPledge)
      .where(and(eq(dutyPledge.councilId, councilId), eq(dutyPledge.memberId, m.id), eq(dutyPledge.year, input.year)))
      .for("update");
    const [row] = await tx
      .insert(dutyPledge)
      .values({ councilId, memberId: m.id, year: input.year, items: input.items, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [dutyPledge.councilId, dutyPledge.memberId, dutyPledge.year],
        set: { items: input.items, updatedAt: now, version: sql`${dutyPledge.version} + 1` },
      })
      .returning({ id: dutyPledge.id, version: dutyPledge.version });
    await recordEvent(tx, eventActor(ctx), {
      action: "pledge.save",
      entity: "duty_pledge",
      entityId: row!.id,
      before: before ? { items: before.items } : undefined,
      after: { memberId: m.id, year: input.year, items: input.items },
      occurredAt: now,
      timeline: { label: before ? "修改履职承诺" : "填写履职承诺", note: `${m.name}（${input.year} 年度）：${input.items.map(pledgeItemLabel).join("；")}` },
    });
    return { id: row!.id, version: row!.version };
  });
}
