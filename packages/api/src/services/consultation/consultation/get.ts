import {
  committee,
  consultationAttendance,
  consultationInvitation,
  consultationParticipant,
  consultationPlanItem,
  consultationSpeech,
  consultationSuggestion,
  handlingUnit,
  residentTopic,
  sector,
  township,
  venue,
} from "@cppcc/db";
import {
  checkInWindow,
  consultationFormats,
  availableConsultationSteps,
  availableInvitationSteps,
  meetingDayProblem,
  suggestionSubmitProblem,
  shanghaiDate,
  attendanceOpen,
  consultationEditable,
  invitationListOpen,
  meetingTimeText,
  quorumOf,
  suggestionStates,
  validateConsultation,
  type SuggestionState,
} from "@cppcc/domain";
import { and, count, eq, inArray } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { invitationCountsOf } from "../invitation/counts";
import { draftOf, visibleConsultation } from "../shared/consultationRow";
import { consultationRules } from "../shared/rules";
import { consultationFacts } from "./facts";

/**
 * One consultation as its page shows it: the record with the names of what it names, the counts
 * of invitations, attendance, speeches and suggestions, the steps the reader may take now, the
 * quorum outlook, and for a member their own invitation and check-in.
 */
export async function getConsultation({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const { db } = ctx.db;
  const row = await visibleConsultation(db, ctx, input.id);
  const memberId = ctx.actor.role === "member" ? ctx.actor.memberId ?? null : null;
  const [names, byState, [present], [others], [speeches], suggestions, topics, mine, facts, rules] = await Promise.all([
    referenceNames(ctx, row),
    invitationCountsOf(db, row.id),
    db.select({ n: count() }).from(consultationAttendance).where(eq(consultationAttendance.consultationId, row.id)),
    db.select({ n: count() }).from(consultationParticipant).where(eq(consultationParticipant.consultationId, row.id)),
    db.select({ n: count() }).from(consultationSpeech).where(eq(consultationSpeech.consultationId, row.id)),
    db
      .select({ state: consultationSuggestion.state, n: count() })
      .from(consultationSuggestion)
      .where(eq(consultationSuggestion.consultationId, row.id))
      .groupBy(consultationSuggestion.state),
    db
      .select({ id: residentTopic.id, topic: residentTopic.topic })
      .from(residentTopic)
      .where(eq(residentTopic.consultationId, row.id)),
    memberId ? ownParticipation(ctx, row.id, memberId) : Promise.resolve({ invitation: null, attendance: null }),
    ctx.actor.role === "member" ? Promise.resolve(null) : consultationFacts(db, ctx, row, draftOf(row)),
    consultationRules(db, row.councilId),
  ]);
  const suggestionCounts = Object.fromEntries(suggestionStates.map((s) => [s, 0])) as Record<SuggestionState, number>;
  for (const s of suggestions) suggestionCounts[s.state] = s.n;
  const format = consultationFormats[row.formatCode];
  const quorum =
    format.quorum && facts?.eligibleCount != null
      ? { eligible: facts.eligibleCount, expected: byState.accepted, required: quorumOf(format.quorum, facts.eligibleCount), present: facts.attendanceCount }
      : null;
  // What the organiser should fix before the next step, including a quorum not yet in sight.
  const warnings = facts
    ? [
        ...facts.draftViolations,
        ...validateConsultation(draftOf(row), { actor: ctx.actor, attendance: quorum ? { eligible: quorum.eligible, expected: quorum.expected } : undefined })
          .filter((v) => v.code === "belowQuorum")
          .map(({ path, message }) => ({ path, message })),
      ]
    : [];
  return {
    ...row,
    startTime: meetingTimeText(row.startTime),
    formatName: format.name,
    expectedOutcome: format.expectedOutcome,
    ...names,
    counts: {
      invitations: byState,
      attendance: present?.n ?? 0,
      participants: others?.n ?? 0,
      speeches: speeches?.n ?? 0,
      suggestions: suggestionCounts,
    },
    quorum,
    warnings: ["draft", "planned", "scheduled"].includes(row.state) ? warnings : [],
    steps: facts ? availableConsultationSteps(ctx.actor, { ...facts, state: row.state }) : [],
    /** Whether invitations may be sent or withdrawn and members reply; and whether attendance, suggestions and speeches are recorded now. */
    editable: consultationEditable(row.state),
    invitationListOpen: invitationListOpen(row.state),
    attendanceOpen: attendanceOpen(row.state),
    /** Whether suggestions raised at the meeting are taken now: from its day on, until it is past held. */
    suggestionsOpen: suggestionSubmitProblem(row.state) === null && meetingDayProblem(row.state, row, ctx.clock.now(), "") === null,
    topics,
    // When members may check in (the server judges again on each check-in).
    checkInWindow: checkInWindow(row, rules.checkInOpensMinutesBefore),
    // The member's own buttons (accept, ask for leave), from the invitation machine; judged again on the reply.
    myInvitation: mine.invitation && {
      ...mine.invitation,
      steps: availableInvitationSteps(ctx.actor, {
        state: mine.invitation.state,
        councilId: row.councilId,
        townshipId: row.townshipId,
        memberId: memberId!,
        consultationState: row.state,
        replyDeadline: row.replyDeadline,
        today: shanghaiDate(ctx.clock.now()),
        checkedIn: mine.attendance != null,
      }),
    },
    myAttendance: mine.attendance,
  };
}

async function referenceNames(ctx: SignedInContext, row: Awaited<ReturnType<typeof visibleConsultation>>) {
  const { db } = ctx.db;
  const [[t], [c], sectors, units, [v], [item]] = await Promise.all([
    row.townshipId ? db.select({ name: township.name }).from(township).where(eq(township.id, row.townshipId)) : [],
    row.leadCommitteeId ? db.select({ name: committee.name }).from(committee).where(eq(committee.id, row.leadCommitteeId)) : [],
    row.sectorIds.length > 0 ? db.select({ id: sector.id, name: sector.name }).from(sector).where(inArray(sector.id, row.sectorIds)) : [],
    row.handlingUnitIds.length > 0
      ? db
          .select({ id: handlingUnit.id, name: handlingUnit.name, shortName: handlingUnit.shortName })
          .from(handlingUnit)
          .where(inArray(handlingUnit.id, row.handlingUnitIds))
      : [],
    row.venueId ? db.select({ id: venue.id, name: venue.name, kind: venue.kind }).from(venue).where(eq(venue.id, row.venueId)) : [],
    row.planItemId
      ? db.select({ id: consultationPlanItem.id, topic: consultationPlanItem.topic }).from(consultationPlanItem).where(eq(consultationPlanItem.id, row.planItemId))
      : [],
  ]);
  return {
    townshipName: t?.name ?? null,
    leadCommitteeName: c?.name ?? null,
    sectors,
    handlingUnits: units,
    venueRecord: v ?? null,
    planItem: item ?? null,
  };
}

async function ownParticipation(ctx: SignedInContext, consultationId: string, memberId: string) {
  const { db } = ctx.db;
  const [[invitation], [attendance]] = await Promise.all([
    db
      .select({
        id: consultationInvitation.id,
        state: consultationInvitation.state,
        leaveReason: consultationInvitation.leaveReason,
        rejectReason: consultationInvitation.rejectReason,
        version: consultationInvitation.version,
      })
      .from(consultationInvitation)
      .where(and(eq(consultationInvitation.consultationId, consultationId), eq(consultationInvitation.memberId, memberId))),
    db
      .select({ at: consultationAttendance.at, source: consultationAttendance.source })
      .from(consultationAttendance)
      .where(and(eq(consultationAttendance.consultationId, consultationId), eq(consultationAttendance.memberId, memberId))),
  ]);
  return { invitation: invitation ?? null, attendance: attendance ?? null };
}
