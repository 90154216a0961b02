import type { consultationSuggestion, DbOrTx } from "@cppcc/db";
import type { NotificationKind, SuggestionEventType } from "@cppcc/domain";
import { markNotificationsDone } from "../../notification/done";
import { notify } from "../../notification/notify";
import type { OutboxEntry } from "../../outbox/enqueue";

type Row = typeof consultationSuggestion.$inferSelect;

/** Routed: the unit is asked to answer. Answered: whoever routed it is asked to close it (销号). Named by the new version. */
export function suggestionNotices(after: Row, step: SuggestionEventType, now: Date): OutboxEntry[] {
  const event = `suggestion.${step}:${after.id}:${after.version}`;
  if (step === "route" && after.handlingUnitId) {
    return [notify(after.councilId, "suggestion.routed", event, { suggestionId: after.id, handlingUnitId: after.handlingUnitId }, now)];
  }
  if (step === "answer") return [notify(after.councilId, "suggestion.answered", event, { suggestionId: after.id }, now)];
  return [];
}

const unitWork: NotificationKind[] = ["suggestion.routed", "deadline.approaching", "deadline.overdue"];

/** An answer, a recall or a unit's return settles what the unit was asked; closing settles the request to close. */
export async function settleSuggestionNotifications(tx: DbOrTx, after: Row, step: SuggestionEventType, now: Date) {
  const kinds: NotificationKind[] = step === "answer" || step === "recall" || step === "decline" ? unitWork : step === "close" ? ["suggestion.answered", ...unitWork] : [];
  await markNotificationsDone(tx, { councilId: after.councilId, entity: "consultation_suggestion", id: after.id, kinds }, now);
}
