import { proposalCoOpinion, proposalReply } from "@cppcc/db";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { coOpinionInput, replyInput } from "../inputs";
import { applyToGroup } from "../shared/group";
import { runStep, unitOf, type StepPlan } from "../shared/step";
import { currentRound } from "./units";

/** 答复: the lead unit (or each unit of a split) sends its written reply with a category of the rule set. */
export function sendReply({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof replyInput> }) {
  const plan: Pick<StepPlan, "effects"> = {
    effects: async (tx, { row, before, event, rules }) => {
      const unitId = unitOf(ctx, event)!;
      const assignmentRound = await currentRound(tx, row.id);
      const values = {
        councilId: row.councilId,
        proposalId: row.id,
        assignmentRound,
        round: before.rehandlings,
        handlingUnitId: unitId,
        categoryCode: input.categoryCode,
        text: input.text,
        signer: input.signer ?? null,
        contact: input.contact ?? null,
        sentAt: ctx.clock.now(),
        accountId: ctx.session.account.id,
      };
      const { councilId: _c, proposalId: _p, assignmentRound: _a, round: _r, handlingUnitId: _h, ...changes } = values;
      await tx
        .insert(proposalReply)
        .values(values)
        .onConflictDoUpdate({
          target: [proposalReply.councilId, proposalReply.proposalId, proposalReply.assignmentRound, proposalReply.round, proposalReply.handlingUnitId],
          set: { ...changes, updatedAt: ctx.clock.now() },
        });
      const category = rules.replyCategories.find((c) => c.code === input.categoryCode);
      return { categoryCode: input.categoryCode, categoryLabel: category?.label ?? input.categoryCode, round: before.rehandlings };
    },
  };
  return runStep(ctx, input, {
    action: "proposal.handle",
    event: () => ({ type: "reply", categoryCode: input.categoryCode, ...(input.handlingUnitId && { handlingUnitId: input.handlingUnitId }) }),
    ...plan,
    wholeGroup: (tx, applied) => applyToGroup(tx, ctx, applied, plan),
  });
}

/** 会办意见: a co-unit sends its opinion to the lead unit, which replies once all are in. */
export function sendCoOpinion({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof coOpinionInput> }) {
  const plan: Pick<StepPlan, "effects"> = {
    effects: async (tx, { row, event }) => {
      const unitId = unitOf(ctx, event)!;
      const values = {
        councilId: row.councilId,
        proposalId: row.id,
        assignmentRound: await currentRound(tx, row.id),
        handlingUnitId: unitId,
        text: input.text,
        sentAt: ctx.clock.now(),
        accountId: ctx.session.account.id,
      };
      await tx
        .insert(proposalCoOpinion)
        .values(values)
        .onConflictDoUpdate({
          target: [proposalCoOpinion.councilId, proposalCoOpinion.proposalId, proposalCoOpinion.assignmentRound, proposalCoOpinion.handlingUnitId],
          set: { text: values.text, sentAt: values.sentAt, accountId: values.accountId, updatedAt: ctx.clock.now() },
        });
      return {};
    },
  };
  return runStep(ctx, input, {
    action: "proposal.handle",
    event: () => ({ type: "sendCoOpinion", ...(input.handlingUnitId && { handlingUnitId: input.handlingUnitId }) }),
    ...plan,
    wholeGroup: (tx, applied) => applyToGroup(tx, ctx, applied, plan),
  });
}

