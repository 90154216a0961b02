import { Card, Col, Empty, List, Row, Statistic, Typography } from "antd";
import { Link } from "react-router";
import { DeadlineStatusTag } from "../deliberation/shared/tags";
import type { LiaisonHomeData } from "./types";

/** 销号清单 at a glance: its own figures (overdue in red) and the most urgent items, each opening the list. */
export function OpenItemsCard({ openItems }: { openItems: LiaisonHomeData["openItems"] }) {
  return (
    <Card title="未销号的意见建议" extra={<Link to="/open-items">打开销号清单</Link>}>
      <Row gutter={[16, 16]} style={{ marginBottom: 8 }}>
        <Col xs={8}>
          <Statistic title="逾期未答复" value={openItems.overdue} suffix="条" styles={{ content: { color: openItems.overdue > 0 ? "#cf1322" : undefined } }} />
        </Col>
        <Col xs={8}>
          <Statistic title="临期" value={openItems.dueSoon} suffix="条" styles={{ content: { color: openItems.dueSoon > 0 ? "#d46b08" : undefined } }} />
        </Col>
        <Col xs={8}>
          <Statistic title="未销号合计" value={openItems.total} suffix="条" />
        </Col>
      </Row>
      <List
        dataSource={openItems.items}
        locale={{ emptyText: <Empty description="没有未销号的意见建议" /> }}
        renderItem={(s) => (
          <List.Item style={s.status === "overdue" ? { background: "#fff1f0", paddingInline: 8 } : undefined} extra={<DeadlineStatusTag status={s.status} daysOverdue={s.daysOverdue} />}>
            <List.Item.Meta
              title={
                <Link to={`/deliberations/${s.consultationId}?tab=suggestions`}>
                  <Typography.Text ellipsis style={{ maxWidth: "100%" }} type={s.status === "overdue" ? "danger" : undefined}>
                    {s.content}
                  </Typography.Text>
                </Link>
              }
              description={`${s.handlingUnitName ?? "待交办"}${s.deadline ? ` · 期限 ${s.deadline}` : ""}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
