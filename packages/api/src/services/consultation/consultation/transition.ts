import { consultation, residentTopic } from "@cppcc/db";
import { consultationMachine, transitionConsultation, type ConsultationEvent } from "@cppcc/domain";
import { eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { draftOf, lockConsultation, type ConsultationRow } from "../shared/consultationRow";
import { decide } from "../shared/decide";
import { meetingParticipation } from "../shared/participation";
import { today } from "../shared/today";
import { consultationFacts } from "./facts";
import type { ConsultationEventInput, ConsultationTransitionInput } from "./inputs";

/** The columns a step writes besides the state. */
function effects(event: ConsultationEventInput, row: ConsultationRow, day: string): Partial<ConsultationRow> {
  switch (event.type) {
    case "schedule":
      return { plannedDate: event.date };
    case "postpone":
      return { plannedDate: event.date ?? row.plannedDate, postponeReason: event.reason };
    case "hold":
      return { heldOn: day };
    case "submitOutcome":
      return {
        outcomeKind: event.outcome.kind,
        outcomeTitle: event.outcome.title,
        outcomeDocument: event.outcome.document,
        outcomeSubmittedOn: day,
      };
    case "recordFeedback":
      return { adoption: event.adoption, feedback: event.feedback, followUpDate: event.followUpDate };
    case "cancel":
      return { cancelReason: event.reason };
    default:
      return {};
  }
}

/** What the timeline says beside the step: the reason or the new date a person gave. */
function noteOf(event: ConsultationEventInput): string | null {
  switch (event.type) {
    case "schedule":
      return event.date;
    case "postpone":
      return event.date ? `${event.date}；${event.reason}` : event.reason;
    case "cancel":
      return event.reason;
    case "submitOutcome":
      return event.outcome.title;
    default:
      return null;
  }
}

/** The domain's event, from the input (the outcome's body is ours to store, not the rule's to judge). */
function domainEvent(event: ConsultationEventInput): ConsultationEvent {
  return event.type === "submitOutcome" ? { type: event.type, outcome: { kind: event.outcome.kind, title: event.outcome.title } } : event;
}

/**
 * One lifecycle step (plan, schedule, postpone, hold, submit outcome, record feedback, close,
 * cancel). The rules are the domain's; holding or cancelling settles members' attendance,
 * leave and absence in the duty record in the same transaction.
 */
export async function transitionConsultationStep({ ctx, input }: { ctx: SignedInContext; input: ConsultationTransitionInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const before = await lockConsultation(tx, ctx, input.id);
    const changes = effects(input.event, before, today(ctx.clock.now()));
    // Scheduling or postponing is judged with the date it sets.
    const draft = { ...draftOf(before), plannedDate: changes.plannedDate ?? before.plannedDate };
    const facts = await consultationFacts(tx, ctx, before, draft);
    const result = transitionConsultation(before.state, domainEvent(input.event), ctx.actor, facts);
    const { state } = decide(result, before.version, input.version, "consultation");
    const [after] = await tx
      .update(consultation)
      .set({ ...changes, state, version: sql`${consultation.version} + 1`, updatedAt: ctx.clock.now() })
      .where(eq(consultation.id, before.id))
      .returning();
    // Called off before it met: its residents' topics are free to be scheduled again.
    if (input.event.type === "cancel" && after!.heldOn == null) {
      await tx
        .update(residentTopic)
        .set({ consultationId: null, version: sql`${residentTopic.version} + 1`, updatedAt: ctx.clock.now() })
        .where(eq(residentTopic.consultationId, before.id));
    }
    const now = ctx.clock.now();
    const settlesEveryone = input.event.type === "hold" || input.event.type === "cancel";
    await recordEvent(tx, eventActor(ctx), {
      action: `consultation.${input.event.type}`,
      entity: "consultation",
      entityId: before.id,
      before,
      after,
      occurredAt: now,
      timeline: { label: consultationMachine.rules[input.event.type].label, note: noteOf(input.event) },
      duty: settlesEveryone ? await meetingParticipation(tx, after!, now) : undefined,
    });
    return after!;
  });
}
