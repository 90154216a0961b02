import type { DemoCaller } from "./actors";
import type { DemoWorld } from "./world";

type Row = { id: string; version: number };

/**
 * Members asked to a meeting besides the demo member: a score, as offices invite for a topic
 * (the lead committee's and the sectors' members who work on it), drawn from `pool` or the roster.
 */
export function invitees(w: DemoWorld, count: number, pool = w.others): string[] {
  return w.rng.shuffle(pool).slice(0, count).map((m) => m.id);
}

/**
 * A meeting from invitations to its day, as the organiser and the members run it: replies come
 * in over the days before (one member asks for leave, which is granted), and on the day most of
 * those who accepted are marked present from the sign-in sheet. Ends before `hold`.
 */
export async function runMeetingDay(w: DemoWorld, organiser: DemoCaller, consultationId: string, day: number) {
  const { clock, rng } = w;
  const invitations = (await organiser.consultation.invitation.list({ consultationId, limit: 200 })).items;
  clock.set(day - 3, 10);
  let leaves = 0;
  const coming: string[] = [];
  for (const inv of invitations) {
    if (inv.memberId === w.me) {
      const mine = (await w.member.consultation.invitation.mine({})).items.find((i) => i.consultationId === consultationId)!;
      await w.member.consultation.invitation.reply({ id: mine.id, version: mine.version, type: "accept" });
      coming.push(inv.memberId);
      continue;
    }
    const roll = rng.next();
    if (roll < 0.08 && leaves < 2) {
      leaves++;
      const asked = await organiser.consultation.invitation.reply({ id: inv.id, version: inv.version, type: "requestLeave", reason: "外出参加培训" });
      await organiser.consultation.invitation.decide({ id: inv.id, version: asked.version, type: "approveLeave" });
    } else if (roll < 0.75) {
      await organiser.consultation.invitation.reply({ id: inv.id, version: inv.version, type: "accept" });
      coming.push(inv.memberId);
    }
  }
  clock.set(day, 15);
  for (const memberId of coming) {
    if (rng.chance(0.9)) await organiser.consultation.checkIn.mark({ consultationId, memberId, present: true });
  }
  return coming;
}

/** Held, with the outcome's steps up to `until`, each some weeks after the last. */
export async function afterMeeting(
  w: DemoWorld,
  organiser: DemoCaller,
  c: Row,
  day: number,
  outcome: { kind: "recommendation" | "topicalReport" | "consultationReport"; title: string } | null,
  until: "held" | "outcomeSubmitted" | "feedbackReceived" | "closed",
  /** What happens in the weeks after the meeting, before its outcome (its suggestions followed up). */
  afterHeld?: () => Promise<void>,
): Promise<Row> {
  w.clock.set(day, 17);
  const detail = await organiser.consultation.get({ id: c.id });
  let row: Row = await organiser.consultation.transition({ id: c.id, version: detail.version, event: { type: "hold" } });
  if (until === "held") return row;
  if (afterHeld) {
    w.clock.set(day + 10, 10);
    await afterHeld();
  }
  if (outcome) {
    w.clock.set(day + 20, 10);
    row = await organiser.consultation.transition({ id: c.id, version: row.version, event: { type: "submitOutcome", outcome: { ...outcome, document: `${outcome.title}（全文略）` } } });
    if (until === "outcomeSubmitted") return row;
    w.clock.set(day + 50, 10);
    row = await organiser.consultation.transition({
      id: c.id,
      version: row.version,
      event: { type: "recordFeedback", adoption: w.rng.pick(["adopted", "partlyAdopted"] as const), feedback: "市政府已批转有关部门研究落实，并将在年底前反馈办理进展。", followUpDate: null },
    });
    if (until === "feedbackReceived") return row;
    w.clock.set(day + 60, 10);
  }
  return organiser.consultation.transition({ id: c.id, version: row.version, event: { type: "close" } });
}
