import { consultationAttendance, consultationInvitation, member, sector, townshipGroup } from "@cppcc/db";
import { availableInvitationSteps, textCursor } from "@cppcc/domain";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { visibleConsultation } from "../shared/consultationRow";
import { today } from "../shared/today";
import { invitationCountsOf } from "./counts";
import type { InvitationListInput } from "./inputs";

/**
 * The organiser's list for one consultation: each invited member with their reply, leave reason
 * and whether they are checked in, in pinyin order, keyset-paged; with the reply counts.
 */
export async function listInvitations({ ctx, input }: { ctx: SignedInContext; input: InvitationListInput }) {
  const { db } = ctx.db;
  const c = await visibleConsultation(db, ctx, input.consultationId);
  assertCan(ctx, "invitation.manage", { townshipId: c.townshipId }, "查看邀请名单");
  const where: (SQL | undefined)[] = [eq(consultationInvitation.consultationId, c.id)];
  if (input.state) where.push(eq(consultationInvitation.state, input.state));
  const after = textCursor.decode(input.cursor);
  if (after) {
    const [pinyin, id] = after;
    where.push(sql`(${member.namePinyin}, ${member.id}) > (${pinyin}, ${id}::uuid)`);
  }
  const [rows, counts] = await Promise.all([
    db
      .select({
        id: consultationInvitation.id,
        memberId: member.id,
        memberName: member.name,
        namePinyin: member.namePinyin,
        sectorName: sector.name,
        townshipGroupName: townshipGroup.name,
        state: consultationInvitation.state,
        leaveReason: consultationInvitation.leaveReason,
        rejectReason: consultationInvitation.rejectReason,
        repliedAt: consultationInvitation.repliedAt,
        version: consultationInvitation.version,
        checkedInAt: consultationAttendance.at,
        checkInSource: consultationAttendance.source,
      })
      .from(consultationInvitation)
      .innerJoin(member, eq(member.id, consultationInvitation.memberId))
      .innerJoin(sector, eq(sector.id, member.sectorId))
      .innerJoin(townshipGroup, eq(townshipGroup.id, member.townshipGroupId))
      .leftJoin(
        consultationAttendance,
        and(eq(consultationAttendance.consultationId, consultationInvitation.consultationId), eq(consultationAttendance.memberId, member.id)),
      )
      .where(and(...where))
      .orderBy(asc(member.namePinyin), asc(member.id))
      .limit(input.limit + 1),
    invitationCountsOf(db, c.id),
  ]);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const day = today(ctx.clock.now());
  return {
    // The organiser's buttons per member (approve or refuse leave, withdraw); the server judges again on each.
    items: page.map(({ namePinyin: _p, ...r }) => ({
      ...r,
      steps: availableInvitationSteps(ctx.actor, {
        state: r.state,
        councilId: c.councilId,
        townshipId: c.townshipId,
        memberId: r.memberId,
        consultationState: c.state,
        replyDeadline: c.replyDeadline,
        today: day,
        checkedIn: r.checkedInAt != null,
      }),
    })),
    nextCursor: rows.length > input.limit && last ? textCursor.encode([last.namePinyin, last.memberId]) : null,
    counts,
  };
}
