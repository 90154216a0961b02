import { proposalCosigner } from "@cppcc/db";
import { proposalStatusLabels, respondToInvitation, RuleViolation } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { respondInput } from "../inputs";
import { ownMember } from "../../shared/own";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { markNotificationsDone } from "../../notification/done";
import { cosignersOf, lockProposal, proposerOf } from "../shared/row";

/**
 * A co-signer confirms or declines in their own portal. The proposal's version does not move, so
 * the first proposer's autosave is not disturbed; the proposal row is still locked, so an answer
 * and a submit never cross.
 */
export async function respondToCosign({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof respondInput> }) {
  const memberId = ownMember(ctx);
  return ctx.db.db.transaction(async (tx) => {
    const row = await lockProposal(tx, ctx, "proposal.write", input.id);
    if (row.status !== "draft") {
      throw new RuleViolation(`提案当前为「${proposalStatusLabels[row.status]}」，联名只能在提交前确认或谢绝`);
    }
    const proposer = proposerOf(row, await cosignersOf(tx, row.id));
    if (proposer.kind !== "joint") throw new RuleViolation("您不在该提案的联名邀请名单中");
    const answered = respondToInvitation(proposer, memberId, input.confirm);
    if (!answered.ok) throw new RuleViolation(answered.reason);
    const status = input.confirm ? "confirmed" : "declined";
    const rows = await tx
      .update(proposalCosigner)
      .set({ status, respondedAt: ctx.clock.now() })
      .where(and(eq(proposalCosigner.proposalId, row.id), eq(proposalCosigner.memberId, memberId)))
      .returning({ id: proposalCosigner.id });
    for (const c of rows) {
      await markNotificationsDone(tx, { councilId: row.councilId, entity: "proposal_cosigner", id: c.id, kinds: ["proposal.cosignRequested"] }, ctx.clock.now());
    }
    await recordEvent(tx, eventActor(ctx), {
      action: `proposal.cosign.${status}`,
      entity: "proposal",
      entityId: row.id,
      before: { status: "invited" },
      after: { memberId, status },
      occurredAt: ctx.clock.now(),
      timeline: { label: input.confirm ? "cosignerConfirmed" : "cosignerDeclined", detail: { memberId } },
    });
    return { id: row.id, status };
  });
}
