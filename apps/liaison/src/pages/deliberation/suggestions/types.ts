import type { SuggestionDeadlineStatus } from "@cppcc/domain";
import type { OpenItem, Suggestion } from "../shared/types";

/**
 * A suggestion as a card shows it, from a session's list or from the open-items list. The
 * extension requests are the handling unit's concern (its inbox); the open-items list has none.
 */
export type SuggestionItem = Omit<Suggestion, "deadlineStatus" | "extensions"> & { status: SuggestionDeadlineStatus; daysOverdue: number };

export function fromList(s: Suggestion): SuggestionItem {
  const { deadlineStatus, extensions: _e, ...rest } = s;
  return { ...rest, status: deadlineStatus, daysOverdue: 0 };
}

export function fromOpenItem(s: OpenItem): SuggestionItem {
  const { overdue: _o, ...rest } = s;
  return rest;
}
