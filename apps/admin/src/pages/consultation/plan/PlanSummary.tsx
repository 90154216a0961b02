import { planStateLabels } from "@cppcc/domain";
import { timeText } from "@cppcc/ui/roster";
import { Alert, Card, Col, Flex, Progress, Row, Statistic, Tag, Typography } from "antd";
import type { YearPlan } from "../shared/types";

/** Where the year stands: how many items are done, under way, overdue or still to come, and the rate reports quote. */
export function PlanSummary({ plan }: { plan: YearPlan }) {
  const { counts } = plan;
  const byFormat = new Map<string, number>();
  for (const i of plan.items) byFormat.set(i.formatName, (byFormat.get(i.formatName) ?? 0) + 1);
  return (
    <Card
      title={
        <Flex align="center" gap={8}>
          <span>{plan.year} 年度协商计划</span>
          <Tag color={plan.state === "approved" ? "success" : "default"}>{planStateLabels[plan.state]}</Tag>
        </Flex>
      }
      style={{ marginBottom: 16 }}
    >
      {plan.state === "approved" && (
        <Alert
          type="info"
          showIcon
          title={`计划已于 ${timeText(plan.approvedAt)} 批准并锁定，不能再修改`}
          description="计划是衡量全年工作的依据：执行中的调整通过具体协商的延期或取消体现，会显示为逾期或已取消。"
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={[16, 16]} align="middle">
        <Col xs={12} sm={8} md={4}>
          <Statistic title="计划项目" value={plan.items.length} suffix="项" />
        </Col>
        <Col xs={12} sm={8} md={4}>
          <Statistic title="已完成" value={counts.done} suffix="项" styles={{ content: { color: "#389e0d" } }} />
        </Col>
        <Col xs={12} sm={8} md={4}>
          <Statistic title="进行中（本期到期）" value={counts.due} suffix="项" />
        </Col>
        <Col xs={12} sm={8} md={4}>
          <Statistic title="逾期未开" value={counts.overdue} suffix="项" styles={{ content: { color: counts.overdue > 0 ? "#cf1322" : undefined } }} />
        </Col>
        <Col xs={12} sm={8} md={4}>
          <Statistic title="未到期" value={counts.upcoming} suffix="项" />
        </Col>
        <Col xs={12} sm={8} md={4}>
          <Flex vertical align="center">
            <Progress type="circle" size={72} percent={Math.round(plan.doneRatio * 100)} format={(p) => `${p}%`} />
            <Typography.Text type="secondary">完成率</Typography.Text>
          </Flex>
        </Col>
      </Row>
      {byFormat.size > 0 && (
        <Flex wrap gap={8} style={{ marginTop: 16 }}>
          {[...byFormat].map(([name, n]) => (
            <Tag key={name}>
              {name} {n} 项
            </Tag>
          ))}
          {counts.cancelled > 0 && <Tag>已取消 {counts.cancelled} 项</Tag>}
        </Flex>
      )}
    </Card>
  );
}
