import { annualReport } from "@cppcc/db";
import { pledgeCalendar, reportDraft, reportNotOpenReason, shanghaiDate, type AnnualReportYearInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { ownStandingMember } from "../pledge/ownMember";
import { pledgeRulesOf } from "../pledge/rules";
import { liveFigures } from "./figures";

/**
 * 年度述职 for the signed-in standing member: the saved report, or (none saved yet) a draft
 * prefilled from the year's record, version 0. Figures are live until submitted, then as submitted.
 */
export async function myAnnualReport({ ctx, input }: { ctx: SignedInContext; input: AnnualReportYearInput }) {
  const councilId = ctx.session.council.id;
  const m = await ownStandingMember(ctx);
  const rules = await pledgeRulesOf(ctx.db.db, councilId);
  const { reportOpensOn, reportDueOn } = pledgeCalendar(input.year, rules);
  const [row] = await ctx.db.db
    .select()
    .from(annualReport)
    .where(and(eq(annualReport.councilId, councilId), eq(annualReport.memberId, m.id), eq(annualReport.year, input.year)));
  const figures = row?.status === "submitted" && row.figures ? row.figures : await liveFigures(ctx.db.db, councilId, m.id, input.year);
  return {
    year: input.year,
    member: { id: m.id, name: m.name, post: m.post },
    opensOn: reportOpensOn,
    dueOn: reportDueOn,
    notOpenReason: reportNotOpenReason(input.year, shanghaiDate(ctx.clock.now()), rules),
    report: row
      ? { id: row.id, status: row.status, sections: row.sections, figures, version: row.version, submittedAt: row.submittedAt, late: row.late, returnReason: row.returnReason, returnedAt: row.returnedAt }
      : { id: null, status: "draft" as const, sections: reportDraft(input.year, figures), figures, version: 0, submittedAt: null, late: false, returnReason: null, returnedAt: null },
  };
}
