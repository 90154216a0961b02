import { consultationAttendance, consultationInvitation, dutyEvent, type DbOrTx } from "@cppcc/db";
import {
  consultationDutyEventSources,
  hasTakenPlace,
  participationDutyEvents,
  type ConsultationDutyEvent,
  type ConsultationState,
} from "@cppcc/domain";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";

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

type Meeting = { id: string; councilId: string; state: ConsultationState; heldOn: string | null };

/**
 * Makes the consultation's attendance, leave and absence events match what is recorded now, for
 * every member. Only the meeting's own steps call it (held, cancelled), under their lock on the
 * consultation row.
 */
export function syncParticipationDuty(tx: DbOrTx, c: Meeting, now: Date): Promise<void> {
  return syncDuty(tx, c, now, null);
}

/**
 * The same for one member, called in the transaction of that member's change (a check-in, a mark
 * by hand, a leave decided): members checking in at once touch only their own rows, so none of
 * them deletes what another just wrote, and a click costs the same however many are invited. The
 * share lock on the consultation lets check-ins run side by side but not beside the meeting being
 * held or cancelled, whose snapshot would miss them.
 */
export async function syncMemberParticipationDuty(tx: DbOrTx, c: Meeting, memberId: string, now: Date): Promise<void> {
  await tx.execute(sql`select id from consultation where id = ${c.id} for share`);
  await syncDuty(tx, c, now, memberId);
}

/**
 * Corrections after the meeting correct the duty record too. Before the meeting there is no
 * absence yet; a meeting cancelled before it took place leaves nothing.
 */
async function syncDuty(tx: DbOrTx, c: Meeting, now: Date, memberId: string | null): Promise<void> {
  const only = (column: Parameters<typeof eq>[0]): SQL | undefined => (memberId ? eq(column, memberId) : undefined);
  const [invitations, present, existing] = await Promise.all([
    tx
      .select({ memberId: consultationInvitation.memberId, state: consultationInvitation.state })
      .from(consultationInvitation)
      .where(and(eq(consultationInvitation.consultationId, c.id), only(consultationInvitation.memberId))),
    tx
      .select({ memberId: consultationAttendance.memberId, at: consultationAttendance.at })
      .from(consultationAttendance)
      .where(and(eq(consultationAttendance.consultationId, c.id), only(consultationAttendance.memberId))),
    tx
      .select({ id: dutyEvent.id, memberId: dutyEvent.memberId, kind: dutyEvent.kind })
      .from(dutyEvent)
      .where(
        and(
          eq(dutyEvent.sourceTable, "consultation"),
          eq(dutyEvent.sourceId, c.id),
          inArray(dutyEvent.kind, [...participationKinds]),
          only(dutyEvent.memberId),
        ),
      ),
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

