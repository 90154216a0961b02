import { consultationAttendance, consultationInvitation, member } from "@cppcc/db";
import { textCursor } from "@cppcc/domain";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { visibleConsultation } from "../shared/consultationRow";
import type { AttendanceListInput } from "./inputs";

/** Who is present (scanned or marked), in pinyin order, with whether they were invited. */
export async function listAttendance({ ctx, input }: { ctx: SignedInContext; input: AttendanceListInput }) {
  const { db } = ctx.db;
  const c = await visibleConsultation(db, ctx, input.consultationId);
  assertCan(ctx, "attendance.mark", { townshipId: c.townshipId }, "查看出席名单");
  const where: (SQL | undefined)[] = [eq(consultationAttendance.consultationId, c.id)];
  const after = textCursor.decode(input.cursor);
  if (after) {
    const [pinyin, id] = after;
    where.push(sql`(${member.namePinyin}, ${member.id}) > (${pinyin}, ${id}::uuid)`);
  }
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: consultationAttendance.id,
        memberId: member.id,
        memberName: member.name,
        namePinyin: member.namePinyin,
        source: consultationAttendance.source,
        at: consultationAttendance.at,
        invitationState: consultationInvitation.state,
      })
      .from(consultationAttendance)
      .innerJoin(member, eq(member.id, consultationAttendance.memberId))
      .leftJoin(
        consultationInvitation,
        and(eq(consultationInvitation.consultationId, consultationAttendance.consultationId), eq(consultationInvitation.memberId, member.id)),
      )
      .where(and(...where))
      .orderBy(asc(member.namePinyin), asc(member.id))
      .limit(input.limit + 1),
    db.select({ n: sql<number>`count(*)::int` }).from(consultationAttendance).where(eq(consultationAttendance.consultationId, c.id)),
  ]);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ namePinyin: _p, ...r }) => r),
    nextCursor: rows.length > input.limit && last ? textCursor.encode([last.namePinyin, last.memberId]) : null,
    total: total?.n ?? 0,
  };
}
