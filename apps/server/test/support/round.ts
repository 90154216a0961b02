import { call, ok } from "./http";
import { consultationVersion, invitationsOf, scheduledMeeting, type Office } from "./meeting";
import type { Member, SignedIn } from "./cast";

/** Who does what at one meeting: the present scan in, the excused are granted leave, the absent do nothing. */
export type Cast = { present: SignedIn[]; excused: Member[]; absent: Member[] };

/**
 * One meeting driven the way a busy morning drives it, every request spread over `office.bases`
 * in turn: the office records the leave requests; then at one moment every present member scans
 * the code while the office grants half of the leaves; then the meeting is held while the other
 * half are granted (a leave asked for on the day may be granted just after the meeting). Returns
 * the consultation for the caller to count its ledger.
 */
export async function participationRound(office: Office, cast: Cast, title: string): Promise<string> {
  const { bases, sql, admin } = office;
  const id = await scheduledMeeting(office, title, [...cast.present, ...cast.excused, ...cast.absent].map((m) => m.memberId));
  const asOffice = (i: number, path: string, input: unknown) => ok(call(bases, i, path, input, { cookie: admin }));

  const asked = await invitationsOf(sql, id);
  await Promise.all(
    cast.excused.map((m, i) => {
      const invitation = asked.get(m.memberId)!;
      return asOffice(i, "consultation.invitation.reply", { ...invitation, type: "requestLeave", reason: "外出参加培训，无法到会" });
    }),
  );
  const requested = await invitationsOf(sql, id);
  const approve = (m: Member, i: number) => asOffice(i, "consultation.invitation.decide", { ...requested.get(m.memberId)!, type: "approveLeave" });
  const half = Math.ceil(cast.excused.length / 2);

  const { token } = await asOffice(0, "consultation.checkIn.issueCode", { consultationId: id }).then((r) => r as { token: string });
  await Promise.all([
    ...cast.present.map((m, i) => ok(call(bases, i, "consultation.checkIn.scan", { token }, { cookie: m.cookie }))),
    ...cast.excused.slice(0, half).map((m, i) => approve(m, i + 1)),
  ]);
  const version = await consultationVersion(sql, id);
  await Promise.all([
    asOffice(0, "consultation.transition", { id, version, event: { type: "hold" } }),
    ...cast.excused.slice(half).map((m, i) => approve(m, i + 1)),
  ]);
  return id;
}

/** The ledger a round must leave: one entry per member, of the kind their own step earned. */
export function expectedLedger(cast: Cast): Record<string, string[]> {
  const ids = (ms: Member[]) => ms.map((m) => m.memberId).sort();
  return { consultationAttendance: ids(cast.present), consultationLeave: ids(cast.excused), consultationAbsence: ids(cast.absent) };
}
