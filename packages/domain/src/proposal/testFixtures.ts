// Shared by this folder's tests only (not exported from the package): one consistent proposal
// in every state, the people around it, and a valid event of every kind.
import type { Role } from "../auth/role";
import type { ProposalEvent, ProposalEventType } from "./events";
import type { ProposalDraftInput } from "./proposal";
import { newProposalState, type ProposalState } from "./state";
import type { ProposalStatus } from "./status";
import type { ProposalActor, ProposalFacts } from "./step";

export const leadMember = "m-lead";
export const cosignerMember = "m-cosigner";
export const otherMember = "m-other";
export const leadUnit = "u-lead";
export const coUnit = "u-co";
export const otherUnit = "u-other";

/** An instant given as Shanghai wall-clock time. */
export const at = (local: string) => new Date(`${local}+08:00`);

export const jointProposal: ProposalDraftInput = {
  sessionId: "s-13-2",
  proposer: { kind: "joint", memberId: leadMember, cosigners: [{ memberId: cosignerMember, status: "confirmed" }] },
  title: "关于加快老旧小区路灯改造的建议",
  situation: "城区部分老旧小区路灯年久失修，夜间照明不足，居民出行存在安全隐患，群众反映强烈。",
  suggestions: "一是开展全面排查建立台账；二是纳入年度民生实事项目分批改造；三是明确后续维护责任单位。",
  category: "urbanRural",
  isLivelihood: true,
};

export const factsAt = (local: string, proposal: ProposalDraftInput = jointProposal): ProposalFacts => ({
  now: at(local),
  proposal,
});

const assignment = {
  mode: "joint" as const,
  units: [
    { handlingUnitId: leadUnit, role: "lead" as const },
    { handlingUnitId: coUnit, role: "co" as const },
  ],
  assignedOn: "2024-03-15",
};

const filed: ProposalState = {
  ...newProposalState,
  status: "filed",
  submittedOn: "2024-01-10",
  number: "13-2-015",
  filedOn: "2024-02-01",
};
const assigned: ProposalState = { ...filed, status: "assigned", assignment, dueOn: "2024-06-15" };
const replied: ProposalState = {
  ...assigned,
  status: "replied",
  coOpinions: [{ handlingUnitId: coUnit, sentOn: "2024-04-01" }],
  replies: [{ handlingUnitId: leadUnit, categoryCode: "B", round: 0, repliedOn: "2024-05-10" }],
  repliedOn: "2024-05-10",
};
const unsatisfied = { overall: "unsatisfied", dimensions: {}, comment: "未见实质进展", round: 0, evaluatedOn: "2024-05-20" };

/** A consistent proposal in each state, as the machine would have left it. */
export const stateIn: Record<ProposalStatus, ProposalState> = {
  draft: newProposalState,
  submitted: { ...newProposalState, status: "submitted", submittedOn: "2024-01-10" },
  underReview: { ...newProposalState, status: "underReview", submittedOn: "2024-01-10" },
  returned: { ...newProposalState, status: "returned", submittedOn: "2024-01-10", returns: 1, returnReasons: ["建议不够具体"] },
  withdrawn: { ...newProposalState, status: "withdrawn", submittedOn: "2024-01-10" },
  filed,
  notFiled: { ...newProposalState, status: "notFiled", submittedOn: "2024-01-10", notFiled: { groundCode: "vague", conversion: "opinionReport" } },
  assigned,
  assignmentReturned: {
    ...assigned,
    status: "assignmentReturned",
    dueOn: null,
    assignmentReturn: { handlingUnitId: leadUnit, reason: "不属于本单位职责", returnedOn: "2024-03-18" },
  },
  replied,
  rehandling: { ...replied, status: "rehandling", evaluation: unsatisfied, rehandlings: 1, dueOn: "2024-06-20", repliedOn: null },
  evaluated: { ...replied, status: "evaluated", evaluation: { ...unsatisfied, overall: "satisfied", comment: null } },
  closed: { ...replied, status: "closed", evaluation: { ...unsatisfied, overall: "satisfied", comment: null } },
};

/** The unit each unit step is taken for: co-units give opinions, the lead does the rest. */
export const unitFor = (type: ProposalEventType) => (type === "sendCoOpinion" ? coUnit : leadUnit);

/** The right person of each role for this step. */
export function actorFor(role: Role, type: ProposalEventType): ProposalActor {
  if (role === "member") return { role, memberId: leadMember };
  if (role === "handler") return { role, handlingUnitId: unitFor(type) };
  return { role };
}

const evaluation = { overall: "satisfied", dimensions: { contact: "satisfied", outcome: "basicallySatisfied" } };

/** A valid event of each kind; staff name the unit they act for. */
export function validEvent(type: ProposalEventType, role: Role): ProposalEvent {
  const onBehalf = role === "admin" ? { handlingUnitId: unitFor(type) } : {};
  switch (type) {
    case "returnForRevision":
      return { type, reasons: ["建议部分过于笼统，请提出具体措施"] };
    case "file":
      return { type, number: "13-2-015" };
    case "notFile":
      return { type, groundCode: "vague", conversion: "opinionReport" };
    case "merge":
      return { type, mergeGroupId: "g1" };
    case "markKey":
      return { type, keyProposal: { sponsorName: "张三", sponsorTitle: "副市长", followUpOn: "2024-11-30" } };
    case "assign":
      return { type, assignment: { mode: "joint", leadUnitId: leadUnit, coUnitIds: [coUnit] } };
    case "reassign":
      return { type, assignment: { mode: "joint", leadUnitId: otherUnit, coUnitIds: [] }, reason: "原主办单位反映不属于其职责" };
    case "returnAssignment":
      return { type, reason: "该事项属于区级职责", ...onBehalf };
    case "sendCoOpinion":
      return { type, ...onBehalf };
    case "reply":
      return { type, categoryCode: "A", ...onBehalf };
    case "evaluate":
      return { type, evaluation };
    default:
      return { type };
  }
}

/** A moment at which the step's time window is open (a return soon after assignment, a close well after the reply). */
export function nowFor(type: ProposalEventType): string {
  return type === "close" ? "2024-12-01T10:00:00" : "2024-03-20T10:00:00";
}

/** Adjust the fixture so a step's own preconditions hold (a co-unit that has not yet sent its opinion, a lead that has all). */
export function stateFor(status: ProposalStatus, type: ProposalEventType): ProposalState {
  const s = stateIn[status];
  if (type === "sendCoOpinion") return { ...s, coOpinions: [] };
  if (type === "reply" && status === "assigned") return { ...s, coOpinions: [{ handlingUnitId: coUnit, sentOn: "2024-03-18" }] };
  return s;
}
