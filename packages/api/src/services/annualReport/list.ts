import { annualReport, member, sector } from "@cppcc/db";
import { pledgeCalendar, standingPosts, type AnnualReportListInput } from "@cppcc/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { resolveTermId } from "../roster/currentTerm";
import { pledgeRulesOf } from "../pledge/rules";

/**
 * The office's collection of a year's reports: every standing member of the current term still
 * serving, with their report's status (未填写 when none is saved), filtered by status. A standing
 * committee is a few dozen people, so the list is read whole.
 */
export async function listAnnualReports({ ctx, input }: { ctx: SignedInContext; input: AnnualReportListInput }) {
  const councilId = ctx.session.council.id;
  const db = ctx.db.db;
  const termId = await resolveTermId(db, councilId);
  const rows = await db
    .select({
      memberId: member.id,
      name: member.name,
      post: member.post,
      sector: sector.name,
      id: annualReport.id,
      status: annualReport.status,
      version: annualReport.version,
      submittedAt: annualReport.submittedAt,
      late: annualReport.late,
      returnReason: annualReport.returnReason,
      updatedAt: annualReport.updatedAt,
    })
    .from(member)
    .innerJoin(sector, and(eq(sector.councilId, member.councilId), eq(sector.id, member.sectorId)))
    .leftJoin(annualReport, and(eq(annualReport.councilId, member.councilId), eq(annualReport.memberId, member.id), eq(annualReport.year, input.year)))
    .where(and(eq(member.councilId, councilId), eq(member.termId, termId), eq(member.status, "active"), inArray(member.post, [...standingPosts])))
    .orderBy(asc(member.namePinyin), asc(member.id));
  const items = rows
    .map((r) => ({ ...r, status: r.status ?? ("missing" as const) }))
    .filter((r) => !input.status || r.status === input.status);
  const counts = { total: rows.length, submitted: rows.filter((r) => r.status === "submitted").length, returned: rows.filter((r) => r.status === "returned").length };
  const { reportOpensOn, reportDueOn } = pledgeCalendar(input.year, await pledgeRulesOf(db, councilId));
  return { year: input.year, opensOn: reportOpensOn, dueOn: reportDueOn, counts, items };
}
