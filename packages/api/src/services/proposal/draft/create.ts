import { proposal, proposalCosigner, termSession } from "@cppcc/db";
import { actsForProposer, Forbidden, inviteCosigners, leadMemberOf, newProposalState, RuleViolation } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { CreateInput } from "../inputs";
import { ownMember } from "../../shared/own";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { cosignNotices } from "./cosignNotices";
import { summaryOf, type ProposalSummary } from "../shared/persist";
import { oncePerRequest } from "./byRequest";
import { proposerRefs } from "./proposerRefs";

/**
 * Starts a draft. A member drafts in their own name (or as the contact of a collective proposer);
 * staff enter paper proposals for anyone. Co-signers named here are invited, whatever status the
 * client sent: only they can confirm. With a request id, pressing "new" twice makes one draft.
 */
export async function createProposal({ ctx, input }: { ctx: SignedInContext; input: CreateInput }): Promise<ProposalSummary> {
  const councilId = ctx.session.council.id;
  if (ctx.actor.role === "member" && !actsForProposer({ memberId: ownMember(ctx) }, leadMemberOf(input.proposer))) {
    throw new Forbidden("只能以本人名义起草提案（集体提案须由本人作为联系人）");
  }
  return oncePerRequest(ctx, input.requestId, () =>
    ctx.db.db.transaction(async (tx) => {
      const [session] = await tx
        .select({ id: termSession.id, termId: termSession.termId })
        .from(termSession)
        .where(and(eq(termSession.councilId, councilId), eq(termSession.id, input.sessionId)))
        .limit(1);
      if (!session) throw new RuleViolation("所选届次会议不存在，请重新选择");

      let cosignerIds: string[] = [];
      if (input.proposer.kind === "joint") {
        const invited = inviteCosigners({ ...input.proposer, cosigners: [] }, input.proposer.cosigners.map((c) => c.memberId));
        if (!invited.ok) throw new RuleViolation(invited.reason);
        cosignerIds = invited.value.cosigners.map((c) => c.memberId);
      }
      const refs = await proposerRefs(tx, councilId, session.termId, input.proposer, cosignerIds);
      const [row] = await tx
        .insert(proposal)
        .values({
          councilId,
          sessionId: session.id,
          proposerKind: input.proposer.kind,
          ...refs,
          title: input.title ?? "",
          situation: input.situation ?? "",
          suggestions: input.suggestions ?? "",
          category: input.category ?? null,
          isLivelihood: input.isLivelihood ?? null,
          state: newProposalState,
          createdByAccountId: ctx.session.account.id,
          createdAt: ctx.clock.now(),
          updatedAt: ctx.clock.now(),
          requestId: input.requestId ?? null,
        })
        .returning();
      if (cosignerIds.length > 0) {
        await tx.insert(proposalCosigner).values(cosignerIds.map((memberId) => ({ councilId, proposalId: row!.id, memberId })));
      }
      await recordEvent(tx, eventActor(ctx), {
        action: "proposal.create",
        entity: "proposal",
        entityId: row!.id,
        after: { ...row, cosignerIds },
        occurredAt: ctx.clock.now(),
        timeline: [
          { label: "created", detail: { proposerKind: row!.proposerKind } },
          ...(cosignerIds.length > 0 ? [{ label: "cosignersInvited", detail: { memberIds: cosignerIds } }] : []),
        ],
        outbox: cosignNotices(row!, cosignerIds, ctx.clock.now()),
      });
      return summaryOf(row!);
    }),
  );
}
