import { dutyPledge, member } from "@cppcc/db";
import { NotFound, pledgeLockedReason, RuleViolation, shanghaiDate, type PledgeJudgeInput } from "@cppcc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { pledgeRulesOf } from "./rules";

/**
 * The office judges a free-text pledge item met or not. Only once the pledge has stopped changing
 * (its deadline passed): the judgement is kept by the item's position, which is fixed from then on.
 */
export async function judgePledgeItem({ ctx, input }: { ctx: SignedInContext; input: PledgeJudgeInput }) {
  const councilId = ctx.session.council.id;
  const now = ctx.clock.now();
  return ctx.db.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: dutyPledge.id, year: dutyPledge.year, items: dutyPledge.items, judgements: dutyPledge.judgements, name: member.name })
      .from(dutyPledge)
      .innerJoin(member, and(eq(member.councilId, dutyPledge.councilId), eq(member.id, dutyPledge.memberId)))
      .where(and(eq(dutyPledge.councilId, councilId), eq(dutyPledge.id, input.pledgeId)))
      .for("update", { of: dutyPledge });
    if (!row) throw new NotFound("找不到该履职承诺，请刷新后重试");
    const item = row.items[input.index];
    if (!item) throw new NotFound("找不到该承诺事项，请刷新后重试");
    if (item.type !== "text") throw new RuleViolation("按次数承诺的事项由履职档案自动核对，无需认定");
    if (!pledgeLockedReason(row.year, shanghaiDate(now), await pledgeRulesOf(tx, councilId))) throw new RuleViolation("承诺填报截止后才能认定，委员在截止前还可能修改承诺");
    const judgement = { met: input.met, note: input.note };
    await tx
      .update(dutyPledge)
      .set({ judgements: { ...row.judgements, [input.index]: judgement }, updatedAt: now, version: sql`${dutyPledge.version} + 1` })
      .where(and(eq(dutyPledge.councilId, councilId), eq(dutyPledge.id, row.id)));
    await recordEvent(tx, eventActor(ctx), {
      action: "pledge.judge",
      entity: "duty_pledge",
      entityId: row.id,
      before: { index: input.index, judgement: row.judgements[input.index] ?? null },
      after: { index: input.index, judgement },
      occurredAt: now,
      timeline: { label: `认定承诺事项${input.met ? "已完成" : "未完成"}`, note: `${row.name}：${item.text}${input.note ? `（${input.note}）` : ""}` },
    });
    return { id: row.id };
  });
}
