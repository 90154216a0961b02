import { proposal, proposalCosigner, termSession, type Tx } from "@cppcc/db";
import { inviteCosigners, RuleViolation, type Proposer } from "@cppcc/domain";
import type { z } from "zod";
import { and, eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { inviteInput, removeCosignerInput } from "../inputs";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { markNotificationsDone } from "../../notification/done";
import { cosignNotices } from "./cosignNotices";
import { assertEditable } from "../shared/edit";
import { summaryOf } from "../shared/persist";
import { cosignersOf, lockProposal, proposerOf, type ProposalRow } from "../shared/row";
import { activeMembers } from "./proposerRefs";

type Joint = Extract<Proposer, { kind: "joint" }>;

/** A personal proposal becomes joint when its author invites someone; collective proposals have no co-signers. */
function asJoint(proposer: Proposer): Joint {
  if (proposer.kind === "joint") return proposer;
  if (proposer.kind === "member") return { kind: "joint", memberId: proposer.memberId, cosigners: [] };
  throw new RuleViolation("集体提案以党派团体、界别、小组或专委会名义提出，不需要邀请联名委员");
}

/** 邀请联名: invites members of the same term; one who declined may be asked again. Only before submitting. */
export async function inviteCosignersTo({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof inviteInput> }) {
  return ctx.db.db.transaction(async (tx) => {
    const row = await lockProposal(tx, ctx, "proposal.write", input.id);
    assertEditable(ctx, row, input.version, "cosigners");
    const current = await cosignersOf(tx, row.id);
    const joint = asJoint(proposerOf(row, current));
    const invited = inviteCosigners(joint, input.memberIds);
    if (!invited.ok) throw new RuleViolation(invited.reason);
    const asked = invited.value.cosigners.filter((c) => c.status === "invited" && !current.some((o) => o.memberId === c.memberId && o.status === "invited"));
    await activeMembers(tx, row.councilId, await termOf(tx, row), asked.map((c) => c.memberId));
    for (const c of asked) {
      await tx
        .insert(proposalCosigner)
        .values({ councilId: row.councilId, proposalId: row.id, memberId: c.memberId })
        .onConflictDoUpdate({
          target: [proposalCosigner.councilId, proposalCosigner.proposalId, proposalCosigner.memberId],
          set: { status: "invited", invitedAt: ctx.clock.now(), respondedAt: null },
        });
    }
    const after = await bump(tx, row, "joint", ctx.clock.now());
    await recordEvent(tx, eventActor(ctx), {
      action: "proposal.inviteCosigners",
      entity: "proposal",
      entityId: row.id,
      before: { cosigners: current },
      after: { invited: asked },
      occurredAt: ctx.clock.now(),
      timeline: asked.length > 0 ? { label: "cosignersInvited", detail: { memberIds: asked.map((c) => c.memberId) } } : undefined,
      outbox: cosignNotices(row, asked.map((c) => c.memberId), ctx.clock.now()),
    });
    return summaryOf(after);
  });
}

/** Takes a co-signer off the list; with nobody left the proposal is a personal one again. Only before submitting. */
export async function removeCosigner({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof removeCosignerInput> }) {
  return ctx.db.db.transaction(async (tx) => {
    const row = await lockProposal(tx, ctx, "proposal.write", input.id);
    assertEditable(ctx, row, input.version, "cosigners");
    const [removed] = await tx
      .delete(proposalCosigner)
      .where(and(eq(proposalCosigner.proposalId, row.id), eq(proposalCosigner.memberId, input.memberId)))
      .returning();
    if (!removed) throw new RuleViolation("该委员不在联名名单中");
    await markNotificationsDone(tx, { councilId: row.councilId, entity: "proposal_cosigner", id: removed.id, kinds: ["proposal.cosignRequested"] }, ctx.clock.now());
    const left = await cosignersOf(tx, row.id);
    const after = await bump(tx, row, left.length === 0 ? "member" : "joint", ctx.clock.now());
    await recordEvent(tx, eventActor(ctx), {
      action: "proposal.removeCosigner",
      entity: "proposal",
      entityId: row.id,
      before: removed,
      occurredAt: ctx.clock.now(),
      timeline: { label: "cosignerRemoved", detail: { memberId: input.memberId } },
    });
    return summaryOf(after);
  });
}

async function termOf(tx: Tx, row: ProposalRow): Promise<string> {
  const [s] = await tx.select({ termId: termSession.termId }).from(termSession).where(eq(termSession.id, row.sessionId));
  return s!.termId;
}

async function bump(tx: Tx, row: ProposalRow, kind: "member" | "joint", now: Date): Promise<ProposalRow> {
  const [after] = await tx
    .update(proposal)
    .set({ proposerKind: kind, version: sql`${proposal.version} + 1`, updatedAt: now })
    .where(eq(proposal.id, row.id))
    .returning();
  return after!;
}
