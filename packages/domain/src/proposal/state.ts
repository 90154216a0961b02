import type { Assignment } from "./assignment";
import type { CalendarDate } from "../calendar";
import type { Evaluation } from "./evaluation";
import type { KeyProposal } from "./keyProposal";
import type { NotFiledConversion } from "./events";
import type { ProposalStatus } from "./status";

export type Reply = {
  handlingUnitId: string;
  categoryCode: string;
  /** 0 for the first reply, 1 for the reply after re-handling. */
  round: number;
  repliedOn: CalendarDate;
};

export type CoOpinion = { handlingUnitId: string; sentOn: CalendarDate };

/**
 * The workflow part of a proposal: what the state machine reads and writes. The text, the
 * proposers and the letters live beside it; the full history is in the audit log.
 */
export type ProposalState = {
  status: ProposalStatus;
  /** Times returned for revision (bounded by the rule set's review rounds). */
  returns: number;
  /** Why it was last returned, for the proposer to act on. */
  returnReasons: string[];
  submittedOn: CalendarDate | null;
  number: string | null;
  filedOn: CalendarDate | null;
  notFiled: { groundCode: string; conversion: NotFiledConversion } | null;
  mergeGroupId: string | null;
  keyProposal: KeyProposal | null;
  assignment: Assignment | null;
  /** The latest unit that sent the proposal back as wrongly assigned. */
  assignmentReturn: { handlingUnitId: string; reason: string; returnedOn: CalendarDate } | null;
  /** The last day of the current handling period (first handling or re-handling). */
  dueOn: CalendarDate | null;
  coOpinions: CoOpinion[];
  replies: Reply[];
  rehandlings: number;
  /** When the latest round of replies was complete; the evaluation window runs from it. */
  repliedOn: CalendarDate | null;
  evaluation: Evaluation | null;
  /** Closed after the evaluation window ran out with no rating. */
  closedUnevaluated: boolean;
};

export const newProposalState: ProposalState = {
  status: "draft",
  returns: 0,
  returnReasons: [],
  submittedOn: null,
  number: null,
  filedOn: null,
  notFiled: null,
  mergeGroupId: null,
  keyProposal: null,
  assignment: null,
  assignmentReturn: null,
  dueOn: null,
  coOpinions: [],
  replies: [],
  rehandlings: 0,
  repliedOn: null,
  evaluation: null,
  closedUnevaluated: false,
};
