import { proposal, proposalKey } from "@cppcc/db";
import { followUpDue } from "@cppcc/domain";
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { keyListInput } from "../inputs";
import { proposalScope } from "../shared/scope";

/** 重点提案: with their sponsoring leaders and whether the follow-up review is due. A council marks a dozen a year. */
export async function keyProposals({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof keyListInput> }) {
  const now = ctx.clock.now();
  const rows = await ctx.db.db
    .select({
      id: proposal.id,
      number: proposal.number,
      title: proposal.title,
      status: proposal.status,
      sessionId: proposal.sessionId,
      dueOn: proposal.dueOn,
      sponsorName: proposalKey.sponsorName,
      sponsorTitle: proposalKey.sponsorTitle,
      followUpOn: proposalKey.followUpOn,
      followUpHeldOn: proposalKey.followUpHeldOn,
      followUpNote: proposalKey.followUpNote,
      markedOn: proposalKey.markedOn,
    })
    .from(proposalKey)
    .innerJoin(proposal, eq(proposal.id, proposalKey.proposalId))
    .where(and(proposalScope(ctx, "proposal.read"), input.sessionId ? eq(proposal.sessionId, input.sessionId) : undefined))
    .orderBy(asc(proposal.serial));
  return rows.map((r) => ({ ...r, followUpDue: followUpDue(r, now, r.followUpHeldOn) }));
}
