import { proposalCategoryLabels, proposerKindLabels, unnumberedProposalLabel } from "@cppcc/domain";
import { Tag } from "antd-mobile";
import { StatusTag } from "../StatusTag";
import type { ProposalDetail } from "../types";

/** What the proposal is and where it stands: status, number once filed, session, category, dates. */
export function SummaryCard({ proposal: p }: { proposal: ProposalDetail }) {
  const facts = [
    p.sessionLabel,
    p.category && proposalCategoryLabels[p.category],
    p.isLivelihood === true ? "民生类" : p.isLivelihood === false ? "非民生类" : null,
    proposerKindLabels[p.proposer.kind],
  ].filter(Boolean);
  const dates = [
    p.submittedOn && `提交 ${p.submittedOn}`,
    p.filedOn && `立案 ${p.filedOn}`,
    p.dueOn && (p.status === "assigned" || p.status === "rehandling") && `办理期限 ${p.dueOn}`,
  ].filter(Boolean);
  return (
    <section data-testid="summary" style={{ margin: "12px 12px 0", background: "#fff", borderRadius: 8, padding: "14px 16px" }}>
      <div style={{ display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap" }}>
        <StatusTag status={p.status} />
        <span data-testid="proposal-number" style={{ fontSize: 14, color: p.number ? "#333" : "#999" }}>
          {p.number ? `第 ${p.number} 号` : unnumberedProposalLabel}
        </span>
        {p.isKey && (
          <Tag color="danger" fill="outline">
            重点提案
          </Tag>
        )}
        {p.mergeGroup && (
          <Tag color="primary" fill="outline">
            已并案
          </Tag>
        )}
      </div>
      <h2 style={{ margin: "10px 0 6px", fontSize: 18, lineHeight: 1.4 }}>{p.title || "（未填写标题）"}</h2>
      <div style={{ fontSize: 13, color: "#666" }}>{facts.join(" · ")}</div>
      {dates.length > 0 && <div style={{ fontSize: 13, color: "#999", marginTop: 4 }}>{dates.join(" · ")}</div>}
      {p.keyProposal && (
        <div style={{ fontSize: 13, color: "#666", marginTop: 4 }}>
          领办：{p.keyProposal.sponsorName}
          {p.keyProposal.sponsorTitle && `（${p.keyProposal.sponsorTitle}）`}
        </div>
      )}
    </section>
  );
}
