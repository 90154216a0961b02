import { dutyWarningAction, member } from "@cppcc/db";
import { NotFound, RuleViolation, warningActionLabels, warningActionsNotified, type DutyRecordWarningActionInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { actingAccountId } from "../../serviceContext";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { notify } from "../notification/notify";

/**
 * The office records what it did about a member's warning. Each record is its own row and nothing is
 * overwritten, so two staff recording at once (one the talk, one the letter) are both kept, with no
 * version to race on.
 */
export async function recordWarningAction({ ctx, input }: { ctx: SignedInContext; input: DutyRecordWarningActionInput }) {
  const councilId = ctx.session.council.id;
  const now = ctx.clock.now();
  const today = now.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  if (input.actedOn > today) throw new RuleViolation([{ path: "actedOn", message: `处理日期 ${input.actedOn} 还没到，请填写已经谈话或发函的日期` }]);
  return ctx.db.db.transaction(async (tx) => {
    const [m] = await tx
      .select({ id: member.id, name: member.name })
      .from(member)
      .where(and(eq(member.councilId, councilId), eq(member.id, input.memberId)));
    if (!m) throw new NotFound("找不到该委员，请刷新预警名单后重新选择");
    const [row] = await tx
      .insert(dutyWarningAction)
      .values({ councilId, memberId: m.id, year: input.year, action: input.action, actedOn: input.actedOn, note: input.note, createdBy: actingAccountId(ctx), createdAt: now })
      .returning({ id: dutyWarningAction.id });
    await recordEvent(tx, eventActor(ctx), {
      action: "duty.recordWarningAction",
      entity: "duty_warning_action",
      entityId: row!.id,
      after: { memberId: m.id, year: input.year, action: input.action, actedOn: input.actedOn, note: input.note },
      occurredAt: now,
      timeline: { label: `履职预警：${warningActionLabels[input.action]}`, note: `${m.name}（${input.year} 年度）：${input.note}` },
      // Keyed by the action's own row: each letter is told once, however often the job runs.
      outbox: warningActionsNotified.includes(input.action)
        ? [notify(councilId, "duty.warning", `duty.warning:${row!.id}`, { actionId: row!.id, memberId: m.id, year: input.year, action: input.action, note: input.note }, now)]
        : [],
    });
    return { id: row!.id };
  });
}
