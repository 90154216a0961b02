import { proposalAssignment, proposalCoOpinion, proposalReply } from "@cppcc/db";
import { RuleViolation } from "@cppcc/domain";
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { letterDraftInput } from "../inputs";
import { ownUnit } from "../../shared/own";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { lockProposal } from "../shared/row";
import { currentRound } from "./units";

/** The unit a letter is written for: the handler's own, or the one staff name when entering its paper letter. */
function actingUnit(ctx: SignedInContext, handlingUnitId: string | undefined): string {
  if (ctx.actor.role === "handler") return ownUnit(ctx);
  if (!handlingUnitId) throw new RuleViolation("代承办单位录入时，请选择承办单位");
  return handlingUnitId;
}

/**
 * Saves the letter a unit is writing (答复 or 会办意见) as it types. Nothing is sent and the
 * proposal's version does not move; sending it is the step (`sendReply`, `sendCoOpinion`).
 */
export async function saveLetterDraft({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof letterDraftInput> }) {
  const unitId = actingUnit(ctx, input.handlingUnitId);
  return ctx.db.db.transaction(async (tx) => {
    const row = await lockProposal(tx, ctx, "proposal.handle", input.id);
    if (row.status !== "assigned" && row.status !== "rehandling") throw new RuleViolation("提案当前不在办理中，不能撰写答复或会办意见");
    const assignmentRound = await currentRound(tx, row.id);
    const [unit] = await tx
      .select({ role: proposalAssignment.role })
      .from(proposalAssignment)
      .where(
        and(eq(proposalAssignment.proposalId, row.id), eq(proposalAssignment.round, assignmentRound), eq(proposalAssignment.handlingUnitId, unitId)),
      );
    if (!unit) throw new RuleViolation("本单位不是该提案的承办单位");
    if ((input.kind === "coOpinion") !== (unit.role === "co")) {
      throw new RuleViolation(unit.role === "co" ? "会办单位请撰写会办意见，由主办单位答复提案者" : "本单位是答复单位，请撰写答复");
    }
    const common = { councilId: row.councilId, proposalId: row.id, assignmentRound, handlingUnitId: unitId, accountId: ctx.session.account.id };
    const [saved] =
      input.kind === "reply"
        ? await tx
            .insert(proposalReply)
            .values({ ...common, round: row.state.rehandlings, ...replyDraft(input) })
            .onConflictDoUpdate({
              target: [proposalReply.councilId, proposalReply.proposalId, proposalReply.assignmentRound, proposalReply.round, proposalReply.handlingUnitId],
              set: { ...replyDraft(input), accountId: common.accountId, updatedAt: ctx.clock.now() },
              // A sent letter is final: the update does not happen and nothing is returned.
              setWhere: isNull(proposalReply.sentAt),
            })
            .returning({ id: proposalReply.id, updatedAt: proposalReply.updatedAt })
        : await tx
            .insert(proposalCoOpinion)
            .values({ ...common, text: input.text })
            .onConflictDoUpdate({
              target: [proposalCoOpinion.councilId, proposalCoOpinion.proposalId, proposalCoOpinion.assignmentRound, proposalCoOpinion.handlingUnitId],
              set: { text: input.text, accountId: common.accountId, updatedAt: ctx.clock.now() },
              setWhere: isNull(proposalCoOpinion.sentAt),
            })
            .returning({ id: proposalCoOpinion.id, updatedAt: proposalCoOpinion.updatedAt });
    if (!saved) throw new RuleViolation(input.kind === "reply" ? "本轮答复已发送，不能再修改" : "会办意见已发送，不能再修改");
    await recordEvent(tx, eventActor(ctx), {
      action: `proposal.${input.kind}.draft`,
      entity: `proposal_${input.kind === "reply" ? "reply" : "co_opinion"}`,
      entityId: saved.id,
      after: saved,
      occurredAt: ctx.clock.now(),
    });
    return { id: row.id, kind: input.kind, updatedAt: saved.updatedAt };
  });
}

function replyDraft(input: z.infer<typeof letterDraftInput>) {
  return { text: input.text, categoryCode: input.categoryCode ?? null, signer: input.signer ?? null, contact: input.contact ?? null };
}

