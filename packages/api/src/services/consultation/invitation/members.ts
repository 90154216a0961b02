import { consultationAttendance, consultationInvitation, member, sector, townshipGroup } from "@cppcc/db";
import { textCursor } from "@cppcc/domain";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { resolveTermId } from "../../roster/currentTerm";
import { nameMatches } from "../../roster/listMembers";
import { assertCan } from "../shared/access";
import { visibleConsultation } from "../shared/consultationRow";
import type { InviteeSearchInput } from "./inputs";

/**
 * Members an organiser may invite to (or register present at) one consultation: the current term's
 * active members of the whole council, by name or pinyin initials, township group or sector, each
 * with their invitation and check-in so far. A liaison's roster view stops at their own township,
 * but members of the paired sector groups, and anyone who walks in, live elsewhere; only the fields
 * an invitation list shows are returned (no phone, no birth date).
 */
export async function searchInvitees({ ctx, input }: { ctx: SignedInContext; input: InviteeSearchInput }) {
  const { db } = ctx.db;
  const c = await visibleConsultation(db, ctx, input.consultationId);
  assertCan(ctx, "invitation.manage", { townshipId: c.townshipId }, "查找要邀请的委员");
  const termId = await resolveTermId(db, c.councilId);
  const where: (SQL | undefined)[] = [eq(member.councilId, c.councilId), eq(member.termId, termId), eq(member.status, "active")];
  if (input.townshipGroupId) where.push(eq(member.townshipGroupId, input.townshipGroupId));
  if (input.sectorId) where.push(eq(member.sectorId, input.sectorId));
  const query = input.query?.trim();
  if (query) where.push(nameMatches(query));
  const after = textCursor.decode(input.cursor);
  if (after) {
    const [pinyin, id] = after;
    where.push(sql`(${member.namePinyin}, ${member.id}) > (${pinyin}, ${id}::uuid)`);
  }
  const rows = await db
    .select({
      memberId: member.id,
      name: member.name,
      namePinyin: member.namePinyin,
      sectorName: sector.name,
      townshipGroupName: townshipGroup.name,
      invitationState: consultationInvitation.state,
      checkedInAt: consultationAttendance.at,
    })
    .from(member)
    .innerJoin(sector, eq(sector.id, member.sectorId))
    .innerJoin(townshipGroup, eq(townshipGroup.id, member.townshipGroupId))
    .leftJoin(consultationInvitation, and(eq(consultationInvitation.consultationId, c.id), eq(consultationInvitation.memberId, member.id)))
    .leftJoin(consultationAttendance, and(eq(consultationAttendance.consultationId, c.id), eq(consultationAttendance.memberId, member.id)))
    .where(and(...where))
    .orderBy(asc(member.namePinyin), asc(member.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ namePinyin: _p, ...r }) => r),
    nextCursor: rows.length > input.limit && last ? textCursor.encode([last.namePinyin, last.memberId]) : null,
  };
}
