import type { RouterOutputs } from "@cppcc/api";
import { Button, Card, Col, List, Row, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { CountTile } from "../home/CountTile";
import { StatusTag } from "../proposal/shared/StatusTag";
import type { ProposalStatus } from "@cppcc/domain";

type Proposals = RouterOutputs["home"]["handler"]["proposals"];

/** Each count opens the unit's list it was read from (承办提案's 待办理 tab, or its deadline view). */
const tiles: { key: keyof Omit<Proposals, "oldest">; title: string; unit: string; to: string; color?: string }[] = [
  { key: "awaitingReply", title: "待办理", unit: "件", to: "/handling?tab=todo" },
  { key: "dueSoon", title: "临期", unit: "项", to: "/handling?tab=overdue&window=dueSoon", color: "#d46b08" },
  { key: "overdue", title: "已逾期", unit: "项", to: "/handling?tab=overdue", color: "#cf1322" },
  { key: "coOpinionsToGive", title: "待出会办意见", unit: "项", to: "/handling?tab=overdue&window=open" },
];

/** The unit's desk at a glance: proposals waiting for its letter or opinion, by urgency, and the oldest few. */
export function HandlerProposalsCard({ proposals }: { proposals: Proposals }) {
  const navigate = useNavigate();
  return (
    <Card title="承办提案" extra={<Link to="/handling">全部承办提案</Link>}>
      <Row gutter={[16, 16]} style={{ marginBottom: 8 }}>
        {tiles.map((t) => (
          <Col key={t.key} xs={12} md={6}>
            <CountTile title={t.title} count={proposals[t.key]} unit={t.unit} to={t.to} color={t.color} />
          </Col>
        ))}
      </Row>
      <List
        size="small"
        dataSource={proposals.oldest}
        locale={{ emptyText: "暂无待办理的提案" }}
        renderItem={(p) => (
          <List.Item extra={<StatusTag status={p.status as ProposalStatus} />}>
            <Typography.Text ellipsis style={{ maxWidth: "100%" }}>
              <Link to={`/handling/${p.id}`}>
                {p.number} {p.title}
              </Link>
            </Typography.Text>
          </List.Item>
        )}
      />
      {proposals.awaitingReply > proposals.oldest.length && (
        <Button type="link" onClick={() => void navigate("/handling")} style={{ paddingInline: 0 }}>
          查看更多
        </Button>
      )}
    </Card>
  );
}
