import { proposal, type Tx } from "@cppcc/db";
import { and, asc, eq, ne } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { applyEvent, loadFor, type Applied, type StepPlan } from "./step";

/**
 * 并案办理，分别答复: a step the units take on a merged proposal (assignment, return, opinion,
 * reply) is taken on every proposal of its group that stood where this one stood (same state,
 * same handling round), so each proposer gets the reply on their own proposal. A proposal of the
 * group that moved on (re-handled after its own evaluation) is left alone.
 */
export async function applyToGroup(tx: Tx, ctx: SignedInContext, applied: Applied, plan: Pick<StepPlan, "columns" | "effects">) {
  const groupId = applied.row.mergeGroupId;
  if (!groupId) return;
  const siblings = await tx
    .select()
    .from(proposal)
    .where(
      and(
        eq(proposal.councilId, applied.row.councilId),
        eq(proposal.mergeGroupId, groupId),
        ne(proposal.id, applied.row.id),
        eq(proposal.status, applied.row.status),
      ),
    )
    .orderBy(asc(proposal.id))
    .for("update");
  for (const sibling of siblings) {
    if (sibling.state.rehandlings !== applied.row.state.rehandlings) continue;
    const loaded = await loadFor(tx, sibling, applied.facts.now);
    await applyEvent(tx, ctx, loaded, applied.event, plan, null, `并案提案 ${sibling.number ?? sibling.title}：`);
  }
}
