import { consultation, consultationInvitation, member } from "@cppcc/db";
import type { PageInput } from "@cppcc/domain";
import { and, count, desc, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { olderThan, pageOf, timestampText } from "../shared/keyset";
import { consultationScope } from "../shared/scope";

/**
 * 待审批请假: members who asked leave and wait for the organiser's decision, across every
 * consultation the reader organises (the council's for the office, the township's for a liaison),
 * newest first over the (council, state, created) index; the total with the first page.
 */
export async function pendingLeaves({ ctx, input }: { ctx: SignedInContext; input: PageInput }) {
  const { db } = ctx.db;
  const where = and(
    eq(consultationInvitation.councilId, ctx.session.council.id),
    eq(consultationInvitation.state, "leaveRequested"),
    consultationScope(ctx),
  );
  const rows = db
    .select({
      id: consultationInvitation.id,
      consultationId: consultation.id,
      title: consultation.title,
      plannedDate: consultation.plannedDate,
      memberId: member.id,
      memberName: member.name,
      leaveReason: consultationInvitation.leaveReason,
      repliedAt: consultationInvitation.repliedAt,
      cursorKey: timestampText(consultationInvitation.createdAt),
    })
    .from(consultationInvitation)
    .innerJoin(consultation, eq(consultation.id, consultationInvitation.consultationId))
    .innerJoin(member, eq(member.id, consultationInvitation.memberId))
    .where(and(where, olderThan(input.cursor, consultationInvitation.createdAt, consultationInvitation.id)))
    .orderBy(desc(consultationInvitation.createdAt), desc(consultationInvitation.id))
    .limit(input.limit + 1);
  const total = input.cursor
    ? null
    : db
        .select({ n: count() })
        .from(consultationInvitation)
        .innerJoin(consultation, eq(consultation.id, consultationInvitation.consultationId))
        .where(where);
  const [fetched, counted] = await Promise.all([rows, total]);
  const page = pageOf(fetched, input.limit, (r) => r.cursorKey);
  return { ...page, items: page.items.map(({ cursorKey: _k, ...r }) => r), total: counted ? counted[0]!.n : null };
}
