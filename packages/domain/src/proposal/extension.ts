import { roleOfUnit } from "./assignment";
import type { CalendarDate } from "../calendar";
import type { ProposalState } from "./state";

/**
 * A proposal's deadline extension (延期办理) as the proposal sees it; the request and decision
 * rules are shared with every other deadline (../extension).
 */

/**
 * The handling period a request belongs to: each assignment and each re-handling round owes its
 * own answer, so the count of extensions starts again with it. Null when nothing is being handled.
 */
export function proposalHandlingPeriod(state: ProposalState): string | null {
  if ((state.status !== "assigned" && state.status !== "rehandling") || !state.assignment) return null;
  return `${state.assignment.assignedOn}#${state.rehandlings}`;
}

/** Only a unit that owes the reply asks: the lead, or a unit of a split; a co-unit answers the lead. */
export function proposalExtensionUnitProblem(state: ProposalState, handlingUnitId: string): string | null {
  if (proposalHandlingPeriod(state) === null) return "该提案当前不在办理中，无需申请延期";
  const role = roleOfUnit(state.assignment!, handlingUnitId);
  if (role === null) return "本单位不是该提案的承办单位";
  if (role === "co") return "会办单位的期限由主办单位掌握，延期请由主办单位申请";
  if (state.replies.some((r) => r.round === state.rehandlings && r.handlingUnitId === handlingUnitId)) return "本单位已答复，无需延期";
  return null;
}

/** The state with the granted deadline: the one every list, the overdue list and the proposer read. */
export function withExtendedDue(state: ProposalState, dueOn: CalendarDate): ProposalState {
  return { ...state, dueOn };
}
