import { proposal } from "@cppcc/db";
import { Conflict } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { isUniqueViolation } from "../../dbErrors";
import { summaryOf, type ProposalSummary } from "../shared/persist";

/**
 * Makes a proposal at most once per request id, so pressing "new" (or 录入) twice makes one: a
 * repeat returns the proposal the first press made. `make` runs its own transaction.
 */
export async function oncePerRequest(ctx: SignedInContext, requestId: string | undefined, make: () => Promise<ProposalSummary>): Promise<ProposalSummary> {
  const repeated = await byRequest(ctx, requestId);
  if (repeated) return repeated;
  try {
    return await make();
  } catch (error) {
    // The same request raced itself past the first look: the other one made the proposal.
    if (!isUniqueViolation(error, "proposal_request_uq")) throw error;
    const raced = await byRequest(ctx, requestId);
    if (raced) return raced;
    throw new Conflict("请求标识已被使用，请刷新页面后重试");
  }
}

async function byRequest(ctx: SignedInContext, requestId: string | undefined): Promise<ProposalSummary | null> {
  if (!requestId) return null;
  const [row] = await ctx.db.db
    .select()
    .from(proposal)
    .where(and(eq(proposal.councilId, ctx.session.council.id), eq(proposal.requestId, requestId), eq(proposal.createdByAccountId, ctx.session.account.id)))
    .limit(1);
  return row ? summaryOf(row) : null;
}
