import { annualReport, member } from "@cppcc/db";
import { type AnnualReportPrintInput } from "@cppcc/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { memberIdentity } from "../duty/identity";

/** The submitted reports of a year as the office prints them (one A4 each): the ones named, or all. */
export async function printAnnualReports({ ctx, input }: { ctx: SignedInContext; input: AnnualReportPrintInput }) {
  const councilId = ctx.session.council.id;
  const where = [eq(annualReport.councilId, councilId), eq(annualReport.year, input.year), eq(annualReport.status, "submitted")];
  if (input.ids && input.ids.length > 0) where.push(inArray(annualReport.id, input.ids));
  const rows = await ctx.db.db
    .select({
      id: annualReport.id,
      memberId: annualReport.memberId,
      name: member.name,
      post: member.post,
      sections: annualReport.sections,
      figures: annualReport.figures,
      submittedAt: annualReport.submittedAt,
      late: annualReport.late,
    })
    .from(annualReport)
    .innerJoin(member, and(eq(member.councilId, annualReport.councilId), eq(member.id, annualReport.memberId)))
    .where(and(...where))
    .orderBy(asc(member.namePinyin), asc(member.id));
  const reports = await Promise.all(rows.map(async (r) => ({ ...r, figures: r.figures ?? [], ...(await memberIdentity(ctx.db.db, councilId, r.memberId)) })));
  return { year: input.year, reports };
}
