import { proposalCategoryLabels, unnumberedProposalLabel } from "@cppcc/domain";
import { List, Tag } from "antd-mobile";
import dayjs from "dayjs";
import { StatusTag } from "../StatusTag";
import type { ProposalListItem } from "../types";

/** One proposal: title, status, number (once filed) and session, who proposes it and the member's part. */
export function ProposalRow({ proposal: p, onOpen }: { proposal: ProposalListItem; onOpen: () => void }) {
  const meta = [
    p.number ? `第 ${p.number} 号` : p.status === "draft" ? `草稿 · 保存于 ${dayjs(p.updatedAt).tz().format("M月D日 HH:mm")}` : unnumberedProposalLabel,
    p.sessionLabel,
  ];
  return (
    <List.Item
      onClick={onOpen}
      arrowIcon={false}
      data-proposal-id={p.id}
      description={
        <>
          <div>{meta.join(" · ")}</div>
          <div style={{ marginTop: 2 }}>
            {p.proposerName || "—"}
            {p.category && ` · ${proposalCategoryLabels[p.category]}`}
            {p.myPart === "cosigner" && (
              <Tag color="primary" fill="outline" style={{ marginLeft: 6, verticalAlign: "middle" }}>
                联名
              </Tag>
            )}
            {p.myPart === "lead" && (p.status === "replied" || p.status === "returned") && (
              <Tag color="#fa8c16" fill="outline" style={{ marginLeft: 6, verticalAlign: "middle" }}>
                {p.status === "replied" ? "待您测评" : "待您修改"}
              </Tag>
            )}
            {p.isKey && (
              <Tag color="danger" fill="outline" style={{ marginLeft: 6, verticalAlign: "middle" }}>
                重点提案
              </Tag>
            )}
          </div>
        </>
      }
      extra={<StatusTag status={p.status} />}
    >
      <div style={{ fontWeight: 500, display: "-webkit-box", WebkitLineClamp: 2, WebkitBoxOrient: "vertical", overflow: "hidden" }}>
        {p.title || <span style={{ color: "#999" }}>（未填写标题）</span>}
      </div>
    </List.Item>
  );
}
