import { account, member, membership, session, term } from "@cppcc/db";
import { Conflict, type memberWithdrawInput, RuleViolation, withdrawalChanges, withdrawalProblems } from "@cppcc/domain";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { lockById } from "../shared/lockRow";

/**
 * 退出: the member stays on record with date and reason, their memberships close that day, and
 * their login stops working — everything they did before stays theirs.
 */
export async function withdrawMember({ ctx, input }: { ctx: SignedInContext; input: z.output<typeof memberWithdrawInput> }) {
  const councilId = ctx.session.council.id;
  return ctx.db.db.transaction(async (tx) => {
    const before = await lockById(tx, member, councilId, input.id, "找不到该委员");
    if (before.version !== input.version) throw new Conflict("该委员信息已被他人修改，请刷新后再操作");
    const [t] = await tx.select().from(term).where(eq(term.id, before.termId));
    const problems = withdrawalProblems(before, t!, input.withdrawnOn);
    if (problems.length > 0) throw new RuleViolation(problems.map((message) => ({ message })));

    const rows = await tx.select().from(membership).where(eq(membership.memberId, before.id));
    for (const closed of withdrawalChanges(rows, before.id, input.withdrawnOn)) {
      await tx.update(membership).set({ endDate: closed.endDate }).where(eq(membership.id, closed.id));
    }
    const [after] = await tx
      .update(member)
      .set({
        status: "withdrawn",
        withdrawnOn: input.withdrawnOn,
        withdrawalReason: input.reason,
        version: sql`${member.version} + 1`,
        updatedAt: ctx.clock.now(),
      })
      .where(and(eq(member.id, before.id), eq(member.version, input.version)))
      .returning();
    if (!after) throw new Conflict("该委员信息已被他人修改，请刷新后再操作");

    const logins = await tx
      .update(account)
      .set({ disabledAt: ctx.clock.now() })
      .where(and(eq(account.memberId, before.id), isNull(account.disabledAt)))
      .returning({ id: account.id });
    for (const l of logins) await tx.delete(session).where(eq(session.accountId, l.id));

    await recordEvent(tx, eventActor(ctx), {
      action: "roster.member.withdraw",
      entity: "member",
      entityId: before.id,
      before: { status: before.status },
      after: { status: "withdrawn", withdrawnOn: input.withdrawnOn, reason: input.reason, disabledLogins: logins.length },
      occurredAt: ctx.clock.now(),
      timeline: { label: "退出", note: input.reason },
    });
    return { id: before.id, version: after.version };
  });
}
