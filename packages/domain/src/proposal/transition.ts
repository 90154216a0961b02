import { roleLabels } from "../auth/role";
import type { RuleSet } from "../ruleSet/schema";
import { shanghaiDate } from "../calendar";
import { unitActProblem, type UnitAct } from "../unitAnswer/parts";
import { refusal, refused, type Refusal } from "../workflow/result";
import type { Step } from "../workflow/step";
import { roleOfUnit } from "./assignment";
import { close, evaluate } from "./closing";
import { proposalSteps, type ProposalEvent, type ProposalEventType } from "./events";
import { assign, markKey, merge, reassign, reply, returnAssignment, sendCoOpinion } from "./handling";
import { actsForProposer, leadMemberOf, type Proposer } from "./proposer";
import { file, notFile, resubmit, returnForRevision, startReview, submit, withdraw } from "./review";
import type { ProposalState } from "./state";
import { proposalStatusLabels, terminalStatuses, type ProposalStatus } from "./status";
import type { ProposalActor, ProposalFacts, StepContext, StepRule, TransitionResult } from "./step";

export type { ProposalActor, ProposalEffects, ProposalFacts, TransitionResult } from "./step";

const rulesByEvent: { [T in ProposalEventType]: StepRule<T> } = {
  submit,
  withdraw,
  startReview,
  returnForRevision,
  resubmit,
  file,
  notFile,
  merge,
  markKey,
  assign,
  reassign,
  returnAssignment,
  sendCoOpinion,
  reply,
  evaluate,
  close,
};

/** A unit's steps on a proposal, as the shared unit-answer part names them. */
const unitActOfStep: Partial<Record<ProposalEventType, UnitAct>> = {
  reply: "answer",
  sendCoOpinion: "giveOpinion",
  returnAssignment: "sendBack",
};

/**
 * Whether the step is this actor's at all — the same tests for taking a step and for offering it:
 * the role, and a member only for the proposal they act for (first proposer, or a collective's
 * contact); then (unitPermission) a unit only in its part.
 */
function rolePermission(type: ProposalEventType, actor: ProposalActor, proposer: Proposer): Refusal | null {
  const step = proposalSteps[type];
  if (!(step.roles as readonly string[]).includes(actor.role)) {
    return refusal("role", `只有${step.roles.map((r) => roleLabels[r]).join("或")}可以${step.label}`, "forbidden");
  }
  if (actor.role === "member" && !actsForProposer(actor, leadMemberOf(proposer))) {
    return refusal("notProposer", `只有第一提案人（集体提案为其联系人）可以${step.label}`, "forbidden");
  }
  return null;
}

/** A unit acts only in its part of the assignment: the lead and split units reply, co-units give opinions. */
function unitPermission(type: ProposalEventType, actor: ProposalActor, state: ProposalState): Refusal | null {
  const act = unitActOfStep[type];
  if (actor.role === "handler" && act) {
    if (!actor.handlingUnitId) return refusal("noUnit", "当前账号未关联承办单位，请联系市政协办公室", "forbidden");
    const part = state.assignment && actor.handlingUnitId ? roleOfUnit(state.assignment, actor.handlingUnitId) : null;
    const problem = unitActProblem(part, act);
    if (problem) return refusal("unitPart", problem, "forbidden");
  }
  return null;
}

function wrongStatus(type: ProposalEventType, status: ProposalStatus): Refusal {
  const step = proposalSteps[type];
  const here = proposalStatusLabels[status];
  if (terminalStatuses.includes(status)) return refusal("final", `提案${here}，不能再${step.label}`);
  const where = step.from.map((s) => `「${proposalStatusLabels[s]}」`).join("或");
  return refusal("state", `提案当前为「${here}」，不能${step.label}（仅${where}时可以${step.label}）`);
}

/**
 * The proposal state machine: the next state and the duty events it earns, or every reason why
 * not. Checks, in order, whether the step is the actor's (role, own proposal), the state it starts
 * from, the unit's part, then the step's own preconditions with the council's rule set. Pure:
 * the caller persists the state and writes the duty events in the same transaction.
 */
export function transition(
  state: ProposalState,
  event: ProposalEvent,
  actor: ProposalActor,
  facts: ProposalFacts,
  ruleSet: Pick<RuleSet, "proposal">,
): TransitionResult {
  const notYours = rolePermission(event.type, actor, facts.proposal.proposer);
  if (notYours) return refused(notYours);
  const step = proposalSteps[event.type];
  if (!(step.from as readonly ProposalStatus[]).includes(state.status)) return refused(wrongStatus(event.type, state.status));
  const notYourPart = unitPermission(event.type, actor, state);
  if (notYourPart) return refused(notYourPart);
  const ctx: StepContext = { state, actor, facts, rules: ruleSet.proposal, today: shanghaiDate(facts.now) };
  return (rulesByEvent[event.type] as StepRule<typeof event.type>)(ctx, event);
}

/**
 * The steps this actor may take on this proposal now: the buttons to show. A step listed is never
 * refused for who the actor is; one left out always is refused. A step already used up (marked
 * key, merged) is left out too; the step's own inputs are still judged when it is taken.
 */
export function availableProposalSteps(actor: ProposalActor, proposal: { state: ProposalState; proposer: Proposer }): Step<ProposalEventType>[] {
  const { state } = proposal;
  return (Object.keys(proposalSteps) as ProposalEventType[]).flatMap((type) => {
    const step = proposalSteps[type];
    if (!(step.from as readonly ProposalStatus[]).includes(state.status)) return [];
    if (rolePermission(type, actor, proposal.proposer) || unitPermission(type, actor, state)) return [];
    if ((type === "markKey" && state.keyProposal) || (type === "merge" && state.mergeGroupId)) return [];
    return [{ type, label: step.label, kind: step.kind }];
  });
}
