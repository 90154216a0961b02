import { memberPostLabels } from "@cppcc/domain";
import { useSignedIn } from "@cppcc/ui";
import { PageLoading, PrintToolbar, QueryFailed } from "@cppcc/ui/antd";
import { pointsText, roleText, tableText, useDutyRecord, type DutyRecordEntry } from "@cppcc/ui/duty";
import dayjs from "dayjs";
import { useParams } from "react-router";
import "../../print/sheet.css";
import "./print.css";

const sourceText = (e: DutyRecordEntry) => (e.source.manual ? `办公室登记：${e.source.manual.description}（佐证：${e.source.manual.evidence}）` : e.source.title);

/**
 * 委员年度履职档案 on A4: who the member is, the year's total, band and categories, every entry with
 * its source, points and note, the minimums not met, which table scored it (a draft is said so on the
 * page), and lines for the office to sign. Opened in its own tab from the ranking, the warnings list
 * and the member drawer; the toolbar prints it.
 */
export function RecordPrintPage() {
  const { memberId = "", year = "" } = useParams();
  const { council } = useSignedIn();
  const record = useDutyRecord(Number(year), memberId);
  if (record.isPending) return <PageLoading />;
  if (record.isError) return <QueryFailed query={record} />;
  const r = record.data;
  const m = r.member;
  const draft = r.table?.status === "draft";
  return (
    <>
      <PrintToolbar />
      <article className="print-sheet duty-print" aria-label="年度履职档案打印稿">
        <h1>{council.name}</h1>
        <div className="subtitle">委员年度履职档案（{r.year} 年度）</div>
        {draft && <p className="draft-mark">考评表尚未发布：本档案按草稿计分，分数可能调整，不作为最终考评结果</p>}
        <table className="identity">
          <tbody>
            <tr>
              <th>姓名</th>
              <td>{m.name}</td>
              <th>职务</th>
              <td>{memberPostLabels[m.post]}</td>
            </tr>
            <tr>
              <th>界别</th>
              <td>{m.sector ?? "—"}</td>
              <th>委员小组</th>
              <td>{m.townshipGroup ?? "—"}</td>
            </tr>
            <tr>
              <th>专委会</th>
              <td colSpan={3}>{m.committees.join("、") || "—"}</td>
            </tr>
          </tbody>
        </table>

        <h2>考评结果</h2>
        {r.score ? (
          <table className="score">
            <tbody>
              <tr>
                <th>总分</th>
                <td className="total">{r.score.total}</td>
                <th>档次</th>
                <td>
                  {r.score.band.label}
                  {r.score.band.consequence && `（${r.score.band.consequence}）`}
                </td>
              </tr>
              {r.score.base !== 0 && (
                <tr>
                  <th>基础分</th>
                  <td colSpan={3}>{r.score.base}</td>
                </tr>
              )}
              {r.score.categories.map((c) => (
                <tr key={c.code}>
                  <th>{c.label}</th>
                  <td colSpan={3}>
                    {c.subtotal}
                    {c.cap != null && ` / 上限 ${c.cap}`}
                  </td>
                </tr>
              ))}
              <tr>
                <th>未达基本要求</th>
                <td colSpan={3}>{r.score.unmetMinimums.map((u) => `${u.label}（要求 ${u.required}，实有 ${u.found}）`).join("；") || "无"}</td>
              </tr>
            </tbody>
          </table>
        ) : (
          <p>本年度考评表尚未制定，暂不计分。</p>
        )}
        <p className="table-line">{tableText(r.table)}{r.table && `；考评表：《${r.table.name}》第 ${r.table.version} 版${draft ? "（草稿）" : "（已发布）"}`}</p>

        <h2>履职记录（{r.entries.length} 条）</h2>
        <table className="entries">
          <colgroup>
            <col style={{ width: "7.2em" }} />
            <col style={{ width: "8em" }} />
            <col />
            <col style={{ width: "3.2em" }} />
            <col style={{ width: "13em" }} />
          </colgroup>
          <thead>
            <tr>
              <th>日期</th>
              <th>事项</th>
              <th>来源</th>
              <th>得分</th>
              <th>计分说明</th>
            </tr>
          </thead>
          <tbody>
            {r.entries.length === 0 && (
              <tr>
                <td colSpan={5}>本年度没有履职记录</td>
              </tr>
            )}
            {r.entries.map((e) => (
              <tr key={e.id}>
                <td className="date">{dayjs(e.occurredAt).tz().format("YYYY-MM-DD")}</td>
                <td>{[e.kindLabel, roleText(e)].filter(Boolean).join("·")}</td>
                <td>{sourceText(e)}</td>
                <td className="num">{r.score ? pointsText(e.applied) : "—"}</td>
                <td>{e.points.map((p) => `${p.clause ? `【${p.clause.label}】` : ""}${p.note}`).join("；")}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <section className="signatures">
          <div>委员本人确认：</div>
          <div>经办人：</div>
          <div>审核人：</div>
          <div>政协办公室（盖章）</div>
          <div className="date">{"年\u3000\u3000月\u3000\u3000日"}</div>
        </section>
      </article>
    </>
  );
}
