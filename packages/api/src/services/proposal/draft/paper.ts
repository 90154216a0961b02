import { proposal, proposalCosigner, termSession } from "@cppcc/db";
import { confirmOnPaper, newProposalState, RuleViolation } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { PaperJointInput } from "../inputs";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { summaryOf, type ProposalSummary } from "../shared/persist";
import { applyEvent, loadFor } from "../shared/step";
import { oncePerRequest } from "./byRequest";
import { proposerRefs } from "./proposerRefs";

/**
 * 纸质联名提案: the office enters a joint proposal signed on paper, for members who may have no
 * login, and confirms each co-signer on their behalf from the signatures — each recorded as such
 * on the timeline 「由办公室代为确认（纸质签名）」 and in the audit. It is then submitted as the
 * state machine submits any proposal (same checks, same duty events), so it goes on to review and
 * filing like one made online, and members with logins find it in 我的提案.
 */
export async function enterPaperJointProposal({ ctx, input }: { ctx: SignedInContext; input: PaperJointInput }): Promise<ProposalSummary> {
  const councilId = ctx.session.council.id;
  return oncePerRequest(ctx, input.requestId, () =>
    ctx.db.db.transaction(async (tx) => {
      const [session] = await tx
        .select({ id: termSession.id, termId: termSession.termId })
        .from(termSession)
        .where(and(eq(termSession.councilId, councilId), eq(termSession.id, input.sessionId)))
        .limit(1);
      if (!session) throw new RuleViolation("所选届次会议不存在，请重新选择");
      const signed = confirmOnPaper({ kind: "joint", memberId: input.leadMemberId, cosigners: [] }, input.cosignerIds);
      if (!signed.ok) throw new RuleViolation(signed.reason);
      const cosignerIds = signed.value.cosigners.map((c) => c.memberId);
      const refs = await proposerRefs(tx, councilId, session.termId, signed.value, cosignerIds);
      const now = ctx.clock.now();
      const [row] = await tx
        .insert(proposal)
        .values({
          councilId,
          sessionId: session.id,
          proposerKind: "joint",
          ...refs,
          title: input.title,
          situation: input.situation,
          suggestions: input.suggestions,
          category: input.category,
          isLivelihood: input.isLivelihood,
          state: newProposalState,
          createdByAccountId: ctx.session.account.id,
          requestId: input.requestId ?? null,
          listedAt: now,
        })
        .returning();
      await tx
        .insert(proposalCosigner)
        .values(cosignerIds.map((memberId) => ({ councilId, proposalId: row!.id, memberId, status: "confirmed" as const, invitedAt: now, respondedAt: now, confirmedOnPaper: true })));
      await recordEvent(tx, eventActor(ctx), {
        action: "proposal.enterPaperJoint",
        entity: "proposal",
        entityId: row!.id,
        after: { ...row, cosignerIds, confirmedOnPaper: true },
        occurredAt: now,
        timeline: [
          { label: "created", detail: { proposerKind: "joint", paper: true } },
          ...cosignerIds.map((memberId) => ({ label: "cosignerConfirmedOnPaper", detail: { memberId } })),
        ],
      });
      const submitted = await applyEvent(tx, ctx, await loadFor(tx, row!, now), { type: "submit" }, {});
      return summaryOf(submitted.after);
    }),
  );
}
