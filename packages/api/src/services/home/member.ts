import { bySoonest, hasStep, type MemberHome } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { myInvitations } from "../consultation/invitation/mine";
import { myInvitations as cosigningInvitations } from "../proposal/read/invitations";
import { listProposals } from "../proposal/read/list";

/**
 * The member's home, read through the services of the screens each item opens (my activities,
 * co-signing invitations, my proposals), each already scoped in SQL to the member themself.
 */
export async function memberHome({ ctx }: { ctx: SignedInContext }): Promise<MemberHome> {
  const [upcoming, cosigning, replied] = await Promise.all([
    // A member is invited to a few meetings at a time; 100 covers every one still to come.
    myInvitations({ ctx, input: { upcoming: true, limit: 100 } }),
    cosigningInvitations({ ctx }),
    listProposals({ ctx, input: { statuses: ["replied"], order: "oldest", limit: 50 } }),
  ]);
  const meeting = (i: (typeof upcoming.items)[number]) => ({
    invitationId: i.id,
    consultationId: i.consultationId,
    title: i.title,
    formatName: i.formatName,
    plannedDate: i.plannedDate,
    startTime: i.startTime,
    place: i.venueName ?? i.venue ?? i.townshipName ?? null,
  });
  return {
    invitationsToAnswer: upcoming.items
      .filter((i) => hasStep(i.steps, "accept") && i.state === "invited")
      .map((i) => ({ ...meeting(i), replyDeadline: i.replyDeadline }))
      .sort(bySoonest),
    nextMeetings: upcoming.items.filter((i) => i.state === "accepted").map(meeting).sort(bySoonest),
    cosigningToConfirm: cosigning.map((c) => ({ proposalId: c.id, title: c.title, leadMemberName: c.leadMemberName, sessionLabel: c.sessionLabel })),
    // Only the first proposer rates a reply (actsForProposer), as proposal.get offers the step.
    repliesToEvaluate: replied.items
      .filter((p) => p.myPart === "lead")
      .map((p) => ({ proposalId: p.id, number: p.number, title: p.title, units: p.units.map((u) => u.name) })),
  };
}
