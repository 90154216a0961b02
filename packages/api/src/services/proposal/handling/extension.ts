import { proposalAssignment, type Tx } from "@cppcc/db";
import { proposalExtensionUnitProblem, proposalHandlingPeriod, RuleViolation, withExtendedDue, type ExtensionRequestInput } from "@cppcc/domain";
import { and, eq, ne } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { recordExtensionRequest } from "../../extension/request";
import type { ExtensionRow, ExtensionSubjectAdapter } from "../../extension/types";
import { ownUnit } from "../../shared/own";
import { saveState } from "../shared/persist";
import { lockProposal } from "../shared/row";

/** A proposal as the shared extension service sees it: its deadline is the state's dueOn. */
export const proposalExtensionSubject: ExtensionSubjectAdapter = {
  async lock(tx, ctx, id) {
    const row = await lockProposal(tx, ctx, "proposal.assign", id);
    const period = proposalHandlingPeriod(row.state);
    return { kind: "proposal", id: row.id, councilId: row.councilId, dueOn: period ? row.state.dueOn : null, period };
  },
  async extend(tx, ctx, id, dueOn) {
    const row = await lockProposal(tx, ctx, "proposal.assign", id);
    await saveState(tx, row, withExtendedDue(row.state, dueOn), ctx.clock.now());
    // The units' rows carry the deadline their desk shows; a co-unit's opinion has its own.
    await tx
      .update(proposalAssignment)
      .set({ dueOn })
      .where(and(eq(proposalAssignment.proposalId, id), eq(proposalAssignment.active, true), ne(proposalAssignment.role, "co")));
  },
  // The request is the unit's (staff may enter it for the unit); the decision is the office's own.
  timeline: (ext, step) => ({
    label: step,
    of: { entity: "proposal", entityId: ext.subjectId },
    handlingUnitId: step === "extensionRequested" ? ext.handlingUnitId : null,
    detail: timelineDetail(ext),
  }),
};

function timelineDetail(ext: ExtensionRow) {
  return {
    extensionId: ext.id,
    dueOn: ext.dueOn,
    requestedDueOn: ext.requestedDueOn,
    reason: ext.reason,
    ...(ext.grantedDueOn && { grantedDueOn: ext.grantedDueOn }),
    ...(ext.decisionNote && { decisionNote: ext.decisionNote }),
  };
}

export type ProposalExtensionRequest = ExtensionRequestInput & { id: string; handlingUnitId?: string };

/** 申请延期 by the unit that owes the reply (staff may enter a unit's paper request, naming the unit), on the proposal's timeline. */
export function requestProposalExtension({ ctx, input }: { ctx: SignedInContext; input: ProposalExtensionRequest }) {
  return ctx.db.db.transaction(async (tx: Tx) => {
    const row = await lockProposal(tx, ctx, "proposal.handle", input.id);
    const unitId = ctx.actor.role === "handler" ? ownUnit(ctx) : input.handlingUnitId;
    if (!unitId) throw new RuleViolation("代承办单位申请延期时，请选择承办单位");
    if (ctx.actor.role === "handler" && input.handlingUnitId && input.handlingUnitId !== unitId) throw new RuleViolation("不能代其他承办单位申请延期");
    const problem = proposalExtensionUnitProblem(row.state, unitId);
    if (problem) throw new RuleViolation(problem);
    const period = proposalHandlingPeriod(row.state);
    return recordExtensionRequest(tx, ctx, proposalExtensionSubject, { kind: "proposal", id: row.id, councilId: row.councilId, handlingUnitId: unitId, dueOn: row.state.dueOn, period }, input);
  });
}
