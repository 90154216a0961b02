import { proposalMergeGroup } from "@cppcc/db";
import { Conflict, mergePrimaryOf, mergeProblems, RuleViolation } from "@cppcc/domain";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { mergeInput } from "../inputs";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { summaryOf } from "../shared/persist";
import { lockProposal } from "../shared/row";
import { applyEvent, asConflict, loadFor, staleMessage } from "../shared/step";

/**
 * 并案: filed proposals of one session on the same matter become one group, listed under its
 * earliest number. Each keeps its number, proposers and evaluation; the group is assigned
 * together and every proposer gets the reply. Proposals are locked in id order so two merges over
 * the same proposals queue instead of deadlocking.
 */
export async function mergeProposals({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof mergeInput> }) {
  const wanted = [...input.proposals].sort((a, b) => a.id.localeCompare(b.id));
  if (new Set(wanted.map((p) => p.id)).size !== wanted.length) throw new RuleViolation("并案的提案不能重复");
  try {
    return await ctx.db.db.transaction(async (tx) => {
      const rows = [];
      for (const p of wanted) {
        const row = await lockProposal(tx, ctx, "proposal.review", p.id);
        if (row.version !== p.version) throw new Conflict(`提案 ${row.number ?? row.title}：${staleMessage}`);
        rows.push(row);
      }
      const candidates = rows.map((r) => ({ id: r.id, sessionId: r.sessionId, status: r.status, number: r.number, mergeGroupId: r.mergeGroupId }));
      const problems = mergeProblems(candidates);
      if (problems.length > 0) throw new RuleViolation(problems.map((message) => ({ message })));
      const primary = mergePrimaryOf(candidates)!;
      const [group] = await tx
        .insert(proposalMergeGroup)
        .values({
          councilId: ctx.session.council.id,
          sessionId: rows[0]!.sessionId,
          primaryProposalId: primary.id,
          note: input.note ?? null,
          accountId: ctx.session.account.id,
        })
        .returning();
      const numbers = rows.map((r) => r.number);
      const merged = [];
      for (const row of rows) {
        const loaded = await loadFor(tx, row, ctx.clock.now());
        const detail = { mergeGroupId: group!.id, primaryNumber: primary.number, numbers };
        const { after } = await applyEvent(tx, ctx, loaded, { type: "merge", mergeGroupId: group!.id }, { effects: async () => detail });
        merged.push(summaryOf(after));
      }
      await recordEvent(tx, eventActor(ctx), { action: "proposal.mergeGroup.create", entity: "proposal_merge_group", entityId: group!.id, after: group, occurredAt: ctx.clock.now() });
      return { mergeGroupId: group!.id, primaryProposalId: primary.id, proposals: merged };
    });
  } catch (error) {
    throw asConflict(error);
  }
}
