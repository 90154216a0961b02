import { member, membership } from "@cppcc/db";
import { checkRoster, rosterRuleLabels } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { resolveTermId } from "./currentTerm";
import { today } from "./today";

/** The roster check as a screen: every violation in the term, with who and why. */
export async function checkTerm({ ctx, input }: { ctx: SignedInContext; input: { termId?: string; on?: string } }) {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const termId = await resolveTermId(db, councilId, input.termId);
  const on = input.on ?? today(ctx.clock.now());
  const [members, memberships] = await Promise.all([
    db.select().from(member).where(and(eq(member.councilId, councilId), eq(member.termId, termId))),
    db
      .select({
        memberId: membership.memberId,
        kind: membership.kind,
        targetId: membership.targetId,
        startDate: membership.startDate,
        endDate: membership.endDate,
      })
      .from(membership)
      .innerJoin(member, eq(member.id, membership.memberId))
      .where(and(eq(member.councilId, councilId), eq(member.termId, termId))),
  ]);
  const violations = checkRoster({ termId, on, members, memberships });
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  return {
    termId,
    on,
    checked: members.length,
    violations: violations.map((v) => ({ ...v, ruleLabel: rosterRuleLabels[v.rule], memberName: v.memberId ? nameOf.get(v.memberId) ?? null : null })),
  };
}
