import { annualReportSectionKeys, annualReportSectionLabels, entryUnit, memberPostLabels } from "@cppcc/domain";
import { useSignedIn, useTRPC } from "@cppcc/ui";
import { PageLoading, PrintToolbar, QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import dayjs from "dayjs";
import { useParams, useSearchParams } from "react-router";
import "../print/sheet.css";
import "./annualReportPrint.css";

/**
 * 常委年度述职 on A4, one sheet per member: who they are, the year's figures as submitted, the three
 * parts in their words, and lines to sign. Every submitted report of the year, or those named by `ids`.
 */
export function AnnualReportPrintPage() {
  const { year = "" } = useParams();
  const [params] = useSearchParams();
  const ids = params.get("ids")?.split(",").filter(Boolean) ?? null;
  const { council } = useSignedIn();
  const trpc = useTRPC();
  const printed = useQuery(trpc.annualReport.print.queryOptions({ year: Number(year), ids }));
  if (printed.isPending) return <PageLoading />;
  if (printed.isError) return <QueryFailed query={printed} />;
  const { reports } = printed.data;
  return (
    <>
      <PrintToolbar />
      {reports.length === 0 && <article className="print-sheet annual-report-print">{year} 年度还没有已提交的述职报告。</article>}
      {reports.map((r) => (
        <article key={r.id} className="print-sheet annual-report-print" aria-label={`${r.name}的年度述职报告`}>
          <h1>{council.name}</h1>
          <div className="subtitle">常委年度述职报告（{year} 年度）</div>
          <table className="identity">
            <tbody>
              <tr>
                <th>姓名</th>
                <td>{r.name}</td>
                <th>职务</th>
                <td>{memberPostLabels[r.post]}</td>
              </tr>
              <tr>
                <th>界别</th>
                <td>{r.sector ?? "—"}</td>
                <th>专委会</th>
                <td>{r.committees.join("、") || "—"}</td>
              </tr>
            </tbody>
          </table>
          <h2>履职数据（据履职档案）</h2>
          <p className="figures">{r.figures.length === 0 ? "本年度履职档案无记录。" : r.figures.map((f) => `${f.label} ${f.count} ${entryUnit(f.kind)}`).join("；") + "。"}</p>
          {annualReportSectionKeys.map((k) => (
            <section key={k}>
              <h2>{annualReportSectionLabels[k]}</h2>
              <div className="body">{r.sections[k]}</div>
            </section>
          ))}
          <footer>
            提交于 {r.submittedAt ? dayjs(r.submittedAt).tz().format("YYYY-MM-DD") : "—"}
            {r.late && "（逾期提交）"}
            <span className="sign">本人签名：</span>
          </footer>
        </article>
      ))}
    </>
  );
}
