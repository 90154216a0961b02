import { sql } from "drizzle-orm";
import { z } from "zod";
import { memberAccount } from "./audiences";
import { defineKind } from "./types";

/** 述职被退回: the standing member, until they submit the report again. */
export const annualReportReturned = defineKind({
  kind: "annualReport.returned",
  payload: z.object({ reportId: z.string(), year: z.number(), reason: z.string() }),
  asks: true,
  subjectEntity: () => "annual_report",
  recipients: (councilId, p) =>
    sql`select a.id as account_id, r.id as subject_id, r.status <> 'returned' as done
      from annual_report r join account a on a.council_id = r.council_id and ${memberAccount(sql`r.member_id`)}
      where r.council_id = ${councilId} and r.id = ${p.reportId}
      for share of r`,
  text: async (_db, _councilId, p) => ({
    title: `${p.year} 年度述职报告已退回修改`,
    body: `退回理由：${p.reason}。请修改后重新提交`,
    link: { app: "portal", path: `/duty/report?year=${p.year}` },
  }),
});
