import { availableSuggestionSteps, type CalendarDate } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";
import type { SuggestionView } from "./view";

/** The steps the reader may take on this suggestion now (the buttons); the machine judges again when one is taken. */
export function suggestionSteps(ctx: SignedInContext, s: Pick<SuggestionView, "state" | "townshipId" | "handlingUnitId">, day: CalendarDate) {
  return availableSuggestionSteps(ctx.actor, { state: s.state, councilId: ctx.session.council.id, townshipId: s.townshipId, handlingUnitId: s.handlingUnitId, today: day });
}
