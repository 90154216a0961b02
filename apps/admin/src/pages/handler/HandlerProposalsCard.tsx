import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Col, List, Row, Statistic, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { StatusTag } from "../proposal/shared/StatusTag";

/** The unit's desk at a glance: proposals waiting for its letter, the overdue ones, and the oldest few. */
export function HandlerProposalsCard() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const todo = useQuery(trpc.proposal.list.queryOptions({ statuses: ["assigned", "rehandling"], order: "oldest", limit: 5 }));
  const overdue = useQuery(trpc.proposal.overdue.queryOptions({}));
  return (
    <Card title="承办提案" extra={<Link to="/handling">全部承办提案</Link>}>
      <Row gutter={16} style={{ marginBottom: 8 }}>
        <Col span={12}>
          <Statistic title="待办理" value={todo.data ? `${todo.data.items.length}${todo.data.nextCursor ? "+" : ""}` : "—"} suffix="件" />
        </Col>
        <Col span={12}>
          <Statistic title="已逾期" value={overdue.data?.length ?? "—"} suffix="项" styles={overdue.data?.length ? { content: { color: "#cf1322" } } : undefined} />
        </Col>
      </Row>
      <List
        size="small"
        loading={todo.isPending}
        dataSource={todo.data?.items ?? []}
        locale={{ emptyText: "暂无待办理的提案" }}
        renderItem={(p) => (
          <List.Item extra={<StatusTag status={p.status} />}>
            <Typography.Text ellipsis style={{ maxWidth: "100%" }}>
              <Link to={`/handling/${p.id}`}>
                {p.number} {p.title}
              </Link>
            </Typography.Text>
          </List.Item>
        )}
      />
      {todo.data?.nextCursor && (
        <Button type="link" onClick={() => void navigate("/handling")} style={{ paddingInline: 0 }}>
          查看更多
        </Button>
      )}
    </Card>
  );
}
