import { shanghaiDate } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";
import type { StatisticsInput } from "../inputs";
import { proposalStatisticsReport, type StatisticsReport } from "../statistics/statistics";
import { workbookBase64, type Cell, type Column } from "./workbook";

type Figures = StatisticsReport["total"];
type Breakdown = StatisticsReport["breakdown"];

/** The breakdowns, each count beside its share; shares of the filed unless named otherwise. */
const breakdownColumns: [string, keyof Breakdown, "count" | "share"][] = [
  ["集体提案", "collectiveReceived", "count"],
  ["集体提案占收到", "collectiveReceivedShare", "share"],
  ["集体提案立案", "collectiveFiled", "count"],
  ["集体提案占立案", "collectiveFiledShare", "share"],
  ["联名提案", "jointReceived", "count"],
  ["联名提案占收到", "jointReceivedShare", "share"],
  ["联名提案立案", "jointFiled", "count"],
  ["联名提案占立案", "jointFiledShare", "share"],
  ["重点提案", "key", "count"],
  ["重点提案占立案", "keyShare", "share"],
  ["并案提案", "merged", "count"],
  ["并案提案占立案", "mergedShare", "share"],
];

/** The statistics screen as a workbook: one row per group and a total, the columns offices report. */
export async function exportStatistics({ ctx, input }: { ctx: SignedInContext; input: StatisticsInput }) {
  const report = await proposalStatisticsReport({ ctx, input });
  const categories = report.replyCategories;
  const columns: Column[] = [
    { header: report.byLabel.replace(/^按/, "") },
    { header: "收到" },
    { header: "立案" },
    { header: "不予立案" },
    { header: "民生类" },
    { header: "民生占比", format: "0.0%" },
    { header: "已答复" },
    ...categories.map((c) => ({ header: `${c.code}类（${c.label}）` })),
    { header: "解决采纳" },
    { header: "已测评" },
    { header: "满意和基本满意" },
    { header: "满意率", format: "0.0%" },
    ...breakdownColumns.map(([header, , kind]) => (kind === "share" ? { header, format: "0.0%" } : { header })),
  ];
  const line = (name: string, s: Figures, b: Breakdown): Cell[] => [
    name,
    s.received,
    s.filed,
    s.notFiled,
    s.livelihood,
    s.livelihoodShare,
    s.replied,
    ...categories.map((c) => s.replyCategories[c.code] ?? 0),
    s.resolved,
    s.evaluated,
    s.satisfied,
    s.satisfactionRate,
    ...breakdownColumns.map(([, field]) => b[field]),
  ];
  const rows = [...report.groups.map((g) => line(g.name, g.statistics, g.breakdown)), line("合计", report.total, report.breakdown)];
  const today = shanghaiDate(ctx.clock.now());
  const base64 = await workbookBase64([
    { name: "提案统计", title: `${ctx.session.council.name}提案统计（${report.byLabel}，${today}）`, columns, rows },
  ]);
  return { filename: `提案统计-${report.byLabel.replace(/^按/, "")}-${today}.xlsx`, base64 };
}
