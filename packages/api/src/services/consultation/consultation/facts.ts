import { consultationAttendance, consultationSuggestion, member, term, type DbOrTx } from "@cppcc/db";
import { consultationFormats, isStanding, memberPosts, type ConsultationDraft, type ConsultationFacts } from "@cppcc/domain";
import { and, count, desc, eq, inArray, ne } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { ConsultationRow } from "../shared/consultationRow";
import { today } from "../shared/today";
import { draftProblems } from "./validateDraft";

/** Members who may attend a meeting with a quorum: the current term's active members, or its standing ones. */
export async function eligibleCount(db: DbOrTx, councilId: string, formatCode: ConsultationRow["formatCode"]): Promise<number | null> {
  const quorum = consultationFormats[formatCode].quorum;
  if (!quorum) return null;
  const [latest] = await db.select({ id: term.id }).from(term).where(eq(term.councilId, councilId)).orderBy(desc(term.number)).limit(1);
  if (!latest) return 0;
  const posts = quorum.of === "standingMembers" ? memberPosts.filter(isStanding) : [...memberPosts];
  const [row] = await db
    .select({ n: count() })
    .from(member)
    .where(and(eq(member.termId, latest.id), eq(member.status, "active"), inArray(member.post, posts)));
  return row?.n ?? 0;
}

/** What the lifecycle's preconditions read, for the draft as it would be after the step. */
export async function consultationFacts(db: DbOrTx, ctx: SignedInContext, row: ConsultationRow, draft: ConsultationDraft): Promise<ConsultationFacts> {
  const [violations, [present], [open], eligible] = await Promise.all([
    draftProblems(db, ctx, draft),
    db.select({ n: count() }).from(consultationAttendance).where(eq(consultationAttendance.consultationId, row.id)),
    db
      .select({ n: count() })
      .from(consultationSuggestion)
      .where(and(eq(consultationSuggestion.consultationId, row.id), ne(consultationSuggestion.state, "closed"))),
    eligibleCount(db, row.councilId, row.formatCode),
  ]);
  return {
    councilId: row.councilId,
    townshipId: row.townshipId,
    formatCode: row.formatCode,
    plannedDate: row.plannedDate,
    today: today(ctx.clock.now()),
    draftViolations: violations,
    attendanceCount: present?.n ?? 0,
    eligibleCount: eligible,
    openSuggestionCount: open?.n ?? 0,
  };
}
