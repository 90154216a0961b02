import { proposal } from "@cppcc/db";
import {
  coOpinionDueOn,
  actsForProposer,
  awaitedCoUnitsOf,
  proposalEditRefusals,
  evaluationLastDay,
  NotFound,
  proposalHandlingPeriod,
  returnLastDay,
  type HandlingRole,
} from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { notFoundMessage, proposalScope } from "../shared/scope";
import { proposalRules } from "../shared/rules";
import { bodyNames, memberNames, sessionLabels, unitNames } from "./names";
import { extensionsOf } from "../../extension/history";
import { proposalParts } from "./parts";
import { stepsFor, unitRole } from "./steps";

/**
 * One proposal as its reader may see it: the text, the proposers, the review decisions, the
 * assignment, the letters, the evaluations, the key-proposal and merge details, the deadlines
 * that apply now, and the steps this reader can take. Letters between units (会办意见) and units'
 * unsent drafts are shown to staff and to the units only; a unit sees its own draft.
 */
export async function getProposal({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const [row] = await db
    .select()
    .from(proposal)
    .where(and(eq(proposal.id, input.id), proposalScope(ctx, "proposal.read")));
  if (!row) throw new NotFound(notFoundMessage);
  const [parts, rules, sessions, units, extensions] = await Promise.all([
    proposalParts(db, row.id, row.mergeGroupId),
    proposalRules(db, councilId),
    sessionLabels(db, councilId),
    unitNames(db, councilId),
    extensionsOf(db, "proposal", row.id),
  ]);
  const [members, bodies] = await Promise.all([
    memberNames(db, [row.leadMemberId, ...parts.cosigners.map((c) => c.memberId)]),
    bodyNames(db, councilId, [row]),
  ]);
  const { role, memberId, handlingUnitId } = ctx.actor;
  const seesUnitLetters = role === "admin" || role === "handler";
  const mine = (unitId: string) => role === "admin" || unitId === handlingUnitId;
  const state = row.state;
  const currentRound = Math.max(0, ...parts.assignments.map((a) => a.round));
  const unitName = (id: string) => units.get(id) ?? "";
  const { titleKey: _tk, textPairs: _xp, requestId: _r, createdByAccountId: _c, state: _state, ...fields } = row;

  return {
    ...fields,
    sessionLabel: sessions.get(row.sessionId)?.label ?? "",
    proposer: {
      kind: row.proposerKind,
      leadMemberId: row.leadMemberId,
      leadMemberName: row.leadMemberId ? (members.get(row.leadMemberId) ?? "") : null,
      bodyId: row.proposerBodyId,
      bodyName: row.proposerBodyId ? (bodies.get(row.proposerBodyId) ?? "") : null,
      cosigners: parts.cosigners.map((c) => ({ memberId: c.memberId, name: members.get(c.memberId) ?? "", status: c.status, respondedAt: c.respondedAt, confirmedOnPaper: c.confirmedOnPaper })),
    },
    returns: state.returns,
    returnReasons: state.returnReasons,
    notFiled: state.notFiled && {
      ...state.notFiled,
      groundLabel: rules.notFiledGrounds.find((g) => g.code === state.notFiled!.groundCode)?.label ?? state.notFiled.groundCode,
    },
    reviews: parts.reviews.map(({ councilId: _cid, accountId: _a, ...r }) => r),
    assignment: state.assignment && {
      mode: state.assignment.mode,
      assignedOn: state.assignment.assignedOn,
      round: currentRound,
      units: state.assignment.units.map((u) => ({ ...u, name: unitName(u.handlingUnitId) })),
    },
    assignmentReturn: state.assignmentReturn && { ...state.assignmentReturn, unitName: unitName(state.assignmentReturn.handlingUnitId) },
    assignmentHistory: seesUnitLetters
      ? parts.assignments.map((a) => ({ round: a.round, handlingUnitId: a.handlingUnitId, name: unitName(a.handlingUnitId), role: a.role as HandlingRole, assignedOn: a.assignedOn, dueOn: a.dueOn, active: a.active, returnedOn: a.returnedOn, returnReason: a.returnReason }))
      : [],
    coOpinions: seesUnitLetters
      ? parts.coOpinions
          .filter((o) => o.sentAt !== null || mine(o.handlingUnitId))
          .map((o) => ({ handlingUnitId: o.handlingUnitId, unitName: unitName(o.handlingUnitId), assignmentRound: o.assignmentRound, text: o.text, sentAt: o.sentAt, updatedAt: o.updatedAt }))
      : [],
    replies: parts.replies
      .filter((r) => r.sentAt !== null || (seesUnitLetters && mine(r.handlingUnitId)))
      .map((r) => ({
        handlingUnitId: r.handlingUnitId,
        unitName: unitName(r.handlingUnitId),
        round: r.round,
        categoryCode: r.categoryCode,
        categoryLabel: rules.replyCategories.find((c) => c.code === r.categoryCode)?.label ?? null,
        text: r.text,
        signer: r.signer,
        contact: r.contact,
        sentAt: r.sentAt,
        updatedAt: r.updatedAt,
      })),
    evaluations: parts.evaluations.map((e) => ({ round: e.round, overall: e.overall, dimensions: e.dimensions, comment: e.comment, evaluatedOn: e.evaluatedOn })),
    keyProposal: parts.key && {
      sponsorName: parts.key.sponsorName,
      sponsorTitle: parts.key.sponsorTitle,
      followUpOn: parts.key.followUpOn,
      followUpHeldOn: parts.key.followUpHeldOn,
      followUpNote: parts.key.followUpNote,
      markedOn: parts.key.markedOn,
    },
    mergeGroup: parts.group,
    /** 延期申请 and decisions; a unit sees its own, the office all. The proposer reads the new date in deadlines. */
    /** The handling period now running: requests of an earlier one (before a reassignment) no longer count. */
    extensionPeriod: proposalHandlingPeriod(state),
    extensions: role === "admin" ? extensions : role === "handler" ? extensions.filter((e) => e.handlingUnitId === handlingUnitId) : [],
    rehandlings: state.rehandlings,
    closedUnevaluated: state.closedUnevaluated,
    /** The co-units whose opinions the lead unit still waits for before it may reply. */
    awaitedCoUnitIds: awaitedCoUnitsOf(state),
    deadlines: {
      dueOn: state.dueOn,
      returnLastDay: state.assignment && state.status === "assigned" ? returnLastDay(state.assignment.assignedOn, rules) : null,
      coOpinionDueOn: state.assignment ? coOpinionDueOn(state.assignment.assignedOn, rules) : null,
      evaluationLastDay: state.repliedOn && state.status === "replied" ? evaluationLastDay(state.repliedOn, rules) : null,
    },
    my: {
      part: memberId ? (actsForProposer(ctx.actor, row.leadMemberId) ? "lead" : parts.cosigners.find((c) => c.memberId === memberId)?.status ?? null) : null,
      unitRole: unitRole(state, handlingUnitId),
      steps: stepsFor(ctx, row, parts.cosigners),
      canEditText: proposalEditRefusals(ctx.actor, row, "text").length === 0,
      canEditCosigners: proposalEditRefusals(ctx.actor, row, "cosigners").length === 0,
    },
  };
}
