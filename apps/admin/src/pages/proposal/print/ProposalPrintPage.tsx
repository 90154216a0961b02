import { cosignerStatusLabels, handlingRoleLabels, proposalCategoryLabels, proposalNumberText, proposerKindLabels, shanghaiDate } from "@cppcc/domain";
import { useSignedIn, useTRPC } from "@cppcc/ui";
import { PageLoading, PrintToolbar, QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useParams } from "react-router";
import type { ProposalDetail } from "../shared/types";
import "../../print/sheet.css";
import "./print.css";

/** 提案者 as the paper form prints it: the body, or the first proposer and every co-signer who confirmed. */
function proposerLine(p: ProposalDetail): string {
  const { proposer } = p;
  if (proposer.bodyName) return proposer.bodyName;
  const cosigners = proposer.cosigners.filter((c) => c.status === "confirmed").map((c) => c.name);
  return [proposer.leadMemberName ?? "", ...cosigners].filter(Boolean).join("、");
}

/**
 * The paper proposal form (提案), for the file and for meetings: opened from the detail page in
 * its own tab, outside the app's frame, and handed to the browser's print dialog once loaded.
 */
export function ProposalPrintPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const { council } = useSignedIn();
  const proposal = useQuery(trpc.proposal.get.queryOptions({ id }));
  const loaded = proposal.isSuccess;
  useEffect(() => {
    if (!loaded) return;
    // Let the table lay out (and the fonts settle) before the print dialog freezes the page.
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [loaded]);
  if (proposal.isPending) return <PageLoading />;
  if (proposal.isError) return <QueryFailed query={proposal} />;
  const p = proposal.data;
  const pending = p.proposer.cosigners.filter((c) => c.status !== "confirmed");
  const units = p.assignment?.units ?? [];
  return (
    <>
      <PrintToolbar />
      <article className="print-sheet proposal-print" aria-label="提案打印稿">
        <h1>
          {council.name}
          {p.sessionLabel}
        </h1>
        <div className="subtitle">提案</div>
        <div className="number-line">
          <span>案号：{proposalNumberText(p.number)}</span>
          <span>提交日期：{p.submittedOn ?? "—"}</span>
        </div>
        <table>
          <colgroup>
            <col className="label" />
            <col />
            <col className="label" />
            <col />
          </colgroup>
          <tbody>
            <tr>
              <th>提案者</th>
              <td colSpan={3}>
                {proposerLine(p)}
                {pending.length > 0 && `（${pending.map((c) => `${c.name}${cosignerStatusLabels[c.status]}`).join("、")}）`}
              </td>
            </tr>
            <tr>
              <th>提案类型</th>
              <td>{proposerKindLabels[p.proposer.kind]}</td>
              <th>类别</th>
              <td>
                {p.category ? proposalCategoryLabels[p.category] : "—"}
                {p.isLivelihood && "（民生）"}
              </td>
            </tr>
            <tr>
              <th>题目</th>
              <td colSpan={3}>
                <strong>{p.title}</strong>
              </td>
            </tr>
            <tr>
              <th>案由</th>
              <td colSpan={3} className="text">
                {p.situation}
              </td>
            </tr>
            <tr>
              <th>建议</th>
              <td colSpan={3} className="text">
                {p.suggestions}
              </td>
            </tr>
            <tr>
              <th>审查意见</th>
              <td colSpan={3}>
                {p.number ? `已立案（${p.filedOn}）` : p.notFiled ? `不予立案：${p.notFiled.groundLabel}` : "　"}
                {p.isKey && p.keyProposal && `；列为重点提案，由${p.keyProposal.sponsorTitle}${p.keyProposal.sponsorName}领办`}
              </td>
            </tr>
            <tr>
              <th>承办单位</th>
              <td colSpan={3}>{units.length > 0 ? units.map((u) => `${u.name}（${handlingRoleLabels[u.role]}）`).join("、") : "　"}</td>
            </tr>
            <tr>
              <th>交办日期</th>
              <td>{p.assignment?.assignedOn ?? "　"}</td>
              <th>办理期限</th>
              <td>{p.deadlines.dueOn ?? "　"}</td>
            </tr>
          </tbody>
        </table>
        <div className="signature">打印日期：{shanghaiDate(new Date())}</div>
      </article>
    </>
  );
}
