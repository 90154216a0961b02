import { cosignerStatusLabels, proposalCategoryLabels, proposalNumberText, proposerKindLabels } from "@cppcc/domain";
import { Card, Descriptions, Flex, Tag, Typography } from "antd";
import type { ProposalDetail } from "./types";

const cosignerColors = { invited: "gold", confirmed: "green", declined: "default" } as const;

/** The proposal as written: who proposes, what about, the situation (案由) and the suggestions. */
export function ProposalTextCard({ proposal: p }: { proposal: ProposalDetail }) {
  const proposer = p.proposer;
  return (
    <Card title="提案内容">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: "number", label: "案号", children: proposalNumberText(p.number) },
          { key: "session", label: "届次会议", children: p.sessionLabel },
          { key: "kind", label: "提案者类型", children: proposerKindLabels[proposer.kind] },
          {
            key: "proposer",
            label: proposer.bodyName ? "提案单位" : "第一提案人",
            children: proposer.bodyName ? `${proposer.bodyName}${proposer.leadMemberName ? `（联系人：${proposer.leadMemberName}）` : ""}` : (proposer.leadMemberName ?? "—"),
          },
          ...(proposer.cosigners.length > 0
            ? [
                {
                  key: "cosigners",
                  label: "联名委员",
                  span: 2,
                  children: (
                    <Flex gap={6} wrap>
                      {proposer.cosigners.map((c) => (
                        <Tag key={c.memberId} color={cosignerColors[c.status]}>
                          {c.name}（{cosignerStatusLabels[c.status]}{c.confirmedOnPaper ? " · 纸质签名" : ""}）
                        </Tag>
                      ))}
                    </Flex>
                  ),
                },
              ]
            : []),
          { key: "category", label: "类别", children: p.category ? proposalCategoryLabels[p.category] : "—" },
          { key: "livelihood", label: "民生类", children: p.isLivelihood === null ? "—" : p.isLivelihood ? "是" : "否" },
          { key: "submitted", label: "提交日期", children: p.submittedOn ?? "—" },
          { key: "filed", label: "立案日期", children: p.filedOn ?? "—" },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        案由（情况和分析）
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{p.situation || "（未填写）"}</Typography.Paragraph>
      <Typography.Title level={5}>建议</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{p.suggestions || "（未填写）"}</Typography.Paragraph>
    </Card>
  );
}
