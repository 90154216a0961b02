import { consultationAttendance, consultationInvitation, dutyLedgerLive, type DbOrTx } from "@cppcc/db";
import { consultationDutyEventSources, participationDutyEventKinds, participationDutyNow, type ConsultationState } from "@cppcc/domain";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { lockDuty, type DutySettlement } from "../../events/duty";

const source = { table: consultationDutyEventSources.consultationAttendance };

type Meeting = { id: string; councilId: string; state: ConsultationState; heldOn: string | null };

/**
 * The attendance, leave or absence one member should have for the meeting, for the event of that
 * member's own change (a check-in, a mark by hand, a leave decided): members checking in at once
 * read and settle only their own rows, so a click costs the same however many are invited. The
 * share lock on the consultation lets check-ins run side by side but not beside the meeting being
 * held or cancelled, whose settlement of everyone would miss them. The member's duty lock comes
 * before the reads, so a leave decided while the member checks in sees the check-in, or the other
 * way round, never neither.
 */
export async function memberParticipation(tx: DbOrTx, c: Meeting, memberId: string, now: Date): Promise<DutySettlement[]> {
  await shareLockMeeting(tx, c.id);
  await lockDuty(tx, c.councilId, [{ memberId, source: { table: source.table, id: c.id } }]);
  return participation(tx, c, now, memberId);
}

/**
 * A member's own step takes the share lock before it writes anything that points at the meeting:
 * the foreign key of a new attendance row waits on the organiser's row lock anyway, and taken in
 * the other order a member checking in while the organiser marks the same member present deadlock
 * (each waits for the other's attendance row and meeting lock).
 */
export async function shareLockMeeting(tx: DbOrTx, consultationId: string): Promise<void> {
  await tx.execute(sql`select id from consultation where id = ${consultationId} for share`);
}

/**
 * The same for every member, for holding or cancelling the meeting (under their lock on the
 * consultation row): everyone invited or present, and everyone who has a live entry now, so a
 * meeting cancelled before it took place reverses what was counted.
 */
export function meetingParticipation(tx: DbOrTx, c: Meeting, now: Date): Promise<DutySettlement[]> {
  return participation(tx, c, now, null);
}

async function participation(tx: DbOrTx, c: Meeting, now: Date, memberId: string | null): Promise<DutySettlement[]> {
  const only = (column: Parameters<typeof eq>[0]): SQL | undefined => (memberId ? eq(column, memberId) : undefined);
  const [invitations, present, counted] = await Promise.all([
    tx
      .select({ memberId: consultationInvitation.memberId, state: consultationInvitation.state })
      .from(consultationInvitation)
      .where(and(eq(consultationInvitation.consultationId, c.id), only(consultationInvitation.memberId))),
    tx
      .select({ memberId: consultationAttendance.memberId, at: consultationAttendance.at })
      .from(consultationAttendance)
      .where(and(eq(consultationAttendance.consultationId, c.id), only(consultationAttendance.memberId))),
    memberId
      ? Promise.resolve([{ memberId }])
      : tx
          .selectDistinct({ memberId: dutyLedgerLive.memberId })
          .from(dutyLedgerLive)
          .where(
            and(
              eq(dutyLedgerLive.councilId, c.councilId),
              eq(dutyLedgerLive.sourceTable, source.table),
              eq(dutyLedgerLive.sourceId, c.id),
              inArray(dutyLedgerLive.kind, [...participationDutyEventKinds]),
            ),
          ),
  ]);
  const presentAt = new Map(present.map((p) => [p.memberId, p.at]));
  const desired = participationDutyNow(c, invitations, new Set(presentAt.keys()));
  const entries = new Map<string, DutySettlement["entries"][number][]>();
  for (const m of [...invitations.map((i) => i.memberId), ...presentAt.keys(), ...counted.map((m) => m.memberId)]) entries.set(m, []);
  for (const e of desired) entries.get(e.memberId)!.push({ kind: e.kind, occurredAt: presentAt.get(e.memberId) ?? now });
  return [...entries].map(([m, wanted]) => ({
    memberId: m,
    source: { table: source.table, id: c.id },
    governs: participationDutyEventKinds,
    entries: wanted,
  }));
}
