import { consultationAttendance, consultationInvitation, dutyEvent, type DbOrTx } from "@cppcc/db";
import {
  consultationDutyEventSources,
  hasTakenPlace,
  participationDutyEvents,
  type ConsultationDutyEvent,
  type ConsultationState,
} from "@cppcc/domain";
import { and, eq, inArray } from "drizzle-orm";

/** One duty event; the unique key (member, kind, source) makes a retried request count once. */
export async function writeDutyEvent(
  tx: DbOrTx,
  councilId: string,
  event: ConsultationDutyEvent,
  sourceId: string,
  occurredAt: Date,
): Promise<void> {
  await tx
    .insert(dutyEvent)
    .values({ councilId, memberId: event.memberId, kind: event.kind, occurredAt, sourceTable: consultationDutyEventSources[event.kind], sourceId })
    .onConflictDoNothing();
}

const participationKinds = ["consultationAttendance", "consultationLeave", "consultationAbsence"] as const;

/**
 * Makes the consultation's attendance, leave and absence events match what is recorded now.
 * Called in the transaction of every change that affects them (a check-in, a mark by hand, a leave
 * decided, the meeting held or cancelled), so corrections after the meeting correct the duty
 * record too. Before the meeting there is no absence yet; a meeting cancelled before it took place
 * leaves nothing.
 */
export async function syncParticipationDuty(
  tx: DbOrTx,
  c: { id: string; councilId: string; state: ConsultationState; heldOn: string | null },
  now: Date,
): Promise<void> {
  const [invitations, present, existing] = await Promise.all([
    tx
      .select({ memberId: consultationInvitation.memberId, state: consultationInvitation.state })
      .from(consultationInvitation)
      .where(eq(consultationInvitation.consultationId, c.id)),
    tx
      .select({ memberId: consultationAttendance.memberId, at: consultationAttendance.at })
      .from(consultationAttendance)
      .where(eq(consultationAttendance.consultationId, c.id)),
    tx
      .select({ id: dutyEvent.id, memberId: dutyEvent.memberId, kind: dutyEvent.kind })
      .from(dutyEvent)
      .where(and(eq(dutyEvent.sourceTable, "consultation"), eq(dutyEvent.sourceId, c.id), inArray(dutyEvent.kind, [...participationKinds]))),
  ]);
  const presentAt = new Map(present.map((p) => [p.memberId, p.at]));
  const cancelledBefore = c.state === "cancelled" && c.heldOn == null;
  const desired = cancelledBefore
    ? []
    : participationDutyEvents(invitations, new Set(presentAt.keys())).filter(
        (e) => e.kind !== "consultationAbsence" || hasTakenPlace(c.state, c.heldOn),
      );
  const key = (e: { memberId: string; kind: string }) => `${e.memberId}|${e.kind}`;
  const want = new Set(desired.map(key));
  const have = new Set(existing.map(key));
  const stale = existing.filter((e) => !want.has(key(e))).map((e) => e.id);
  if (stale.length > 0) await tx.delete(dutyEvent).where(inArray(dutyEvent.id, stale));
  const missing = desired.filter((e) => !have.has(key(e)));
  if (missing.length > 0) {
    await tx
      .insert(dutyEvent)
      .values(
        missing.map((e) => ({
          councilId: c.councilId,
          memberId: e.memberId,
          kind: e.kind,
          occurredAt: presentAt.get(e.memberId) ?? now,
          sourceTable: "consultation",
          sourceId: c.id,
        })),
      )
      .onConflictDoNothing();
  }
}

