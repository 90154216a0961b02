import { z } from "zod";

const meeting = z.object({
  invitationId: z.string(),
  consultationId: z.string(),
  title: z.string(),
  formatName: z.string(),
  plannedDate: z.string().nullable(),
  startTime: z.string().nullable(),
  place: z.string().nullable(),
});

/** The member's home: what asks something of them now, and where they are expected next. */
export const memberHomeOutput = z.object({
  /** Invitations still open to 报名 or 请假. */
  invitationsToAnswer: z.array(meeting.extend({ replyDeadline: z.string().nullable() })),
  /** Meetings they accepted, soonest first. */
  nextMeetings: z.array(meeting),
  /** Fellow members' drafts that name them as co-signer. */
  cosigningToConfirm: z.array(z.object({ proposalId: z.string(), title: z.string(), leadMemberName: z.string(), sessionLabel: z.string() })),
  /** Their proposals (as first proposer) answered and waiting for their rating. */
  repliesToEvaluate: z.array(z.object({ proposalId: z.string(), number: z.string().nullable(), title: z.string(), units: z.array(z.string()) })),
});
export type MemberHome = z.infer<typeof memberHomeOutput>;

type Dated = { plannedDate: string | null; startTime: string | null };
/** Soonest first; a meeting without a date yet goes last. */
export function bySoonest(a: Dated, b: Dated): number {
  return (a.plannedDate ?? "9999-12-31").localeCompare(b.plannedDate ?? "9999-12-31") || (a.startTime ?? "99:99").localeCompare(b.startTime ?? "99:99");
}
