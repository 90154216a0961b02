import { roleLabels } from "../auth/role";
import type { RuleSet } from "../ruleSet/schema";
import { shanghaiDate } from "../calendar";
import { close, evaluate } from "./closing";
import { proposalSteps, type ProposalEvent, type ProposalEventType } from "./events";
import { assign, markKey, merge, reassign, reply, returnAssignment, sendCoOpinion } from "./handling";
import { leadMemberOf } from "./proposer";
import { file, notFile, resubmit, returnForRevision, startReview, submit, withdraw } from "./review";
import type { ProposalState } from "./state";
import { proposalStatusLabels, terminalStatuses, type ProposalStatus } from "./status";
import { refuseStep, type ProposalActor, type ProposalFacts, type StepContext, type StepRule, type TransitionResult } from "./step";

export type { ProposalActor, ProposalFacts, TransitionResult } from "./step";

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

function wrongStatus(type: ProposalEventType, status: ProposalStatus): string {
  const step = proposalSteps[type];
  const here = proposalStatusLabels[status];
  if (terminalStatuses.includes(status)) return `提案${here}，不能再${step.label}`;
  const where = step.from.map((s) => `「${proposalStatusLabels[s]}」`).join("或");
  return `提案当前为「${here}」，不能${step.label}（仅${where}时可以${step.label}）`;
}

/**
 * The proposal state machine: the next state, or why not in Chinese. Checks, in order, the state
 * the step starts from, the role, that a member acts on their own proposal, then the step's own
 * preconditions with the council's rule set. Pure: the caller persists the state and writes the
 * returned duty events in the same transaction.
 */
export function transition(
  state: ProposalState,
  event: ProposalEvent,
  actor: ProposalActor,
  facts: ProposalFacts,
  ruleSet: Pick<RuleSet, "proposal">,
): TransitionResult {
  const step = proposalSteps[event.type];
  if (!(step.from as readonly ProposalStatus[]).includes(state.status)) return refuseStep(wrongStatus(event.type, state.status));
  if (!(step.roles as readonly string[]).includes(actor.role)) {
    return refuseStep(`只有${step.roles.map((r) => roleLabels[r]).join("或")}可以${step.label}`);
  }
  if (actor.role === "member") {
    const lead = leadMemberOf(facts.proposal.proposer);
    if (!actor.memberId || actor.memberId !== lead) return refuseStep(`只有第一提案人（集体提案为其联系人）可以${step.label}`);
  }
  const ctx: StepContext = { state, actor, facts, rules: ruleSet.proposal, today: shanghaiDate(facts.now) };
  return (rulesByEvent[event.type] as StepRule<typeof event.type>)(ctx, event);
}

/** The steps this actor's role could take from this state — for showing buttons, not for deciding. */
export function availableSteps(status: ProposalStatus, role: ProposalActor["role"]): ProposalEventType[] {
  return (Object.keys(proposalSteps) as ProposalEventType[]).filter((t) => {
    const step = proposalSteps[t];
    return (step.from as readonly ProposalStatus[]).includes(status) && (step.roles as readonly string[]).includes(role);
  });
}
