import { categoryLabel } from "@cppcc/domain";
import { Alert, Card, Flex, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { DeadlineStatusTag } from "../shared/tags";
import type { ConsultationOptions } from "../shared/types";
import { authorText } from "./authorText";
import type { SuggestionItem } from "./types";

type Props = {
  suggestion: SuggestionItem;
  options: ConsultationOptions | undefined;
  /** Shown on the open-items list, where suggestions of many sessions meet. */
  showConsultation?: boolean;
  actions?: ReactNode;
};

/** One suggestion and where it stands: who said it, to whom it went and by when, the answer, the result. */
export function SuggestionCard({ suggestion: s, options, showConsultation, actions }: Props) {
  const category = categoryLabel(s.category);
  const overdue = s.status === "overdue";
  return (
    <Card
      size="small"
      data-testid="suggestion-card"
      style={overdue ? { borderColor: "#ff4d4f", background: "#fff2f0" } : undefined}
      title={
        <Flex gap={8} align="center" wrap style={{ fontWeight: "normal", padding: "6px 0" }}>
          <Tag color="geekblue">{category}</Tag>
          <Typography.Text>{authorText(s)}</Typography.Text>
          <DeadlineStatusTag status={s.status} daysOverdue={s.daysOverdue} />
        </Flex>
      }
      extra={actions}
    >
      <Flex vertical gap={8}>
        {showConsultation && (
          <Typography.Text type="secondary">
            来自：<Link to={`/deliberations/${s.consultationId}?tab=suggestions`}>{s.consultationTitle}</Link>
          </Typography.Text>
        )}
        <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>{s.content}</Typography.Paragraph>
        {s.state === "recorded" && s.returnReason && <Alert type="warning" showIcon title={s.returnReason} />}
        {s.handlingUnitName && (
          <Typography.Text type={overdue ? "danger" : "secondary"}>
            交办 {s.handlingUnitName}，{s.routedOn} 交办，答复期限 {s.deadline}
            {overdue && s.daysOverdue > 0 && `，已逾期 ${s.daysOverdue} 天`}
          </Typography.Text>
        )}
        {s.answer && (
          <div style={{ background: "#f6f6f6", borderRadius: 6, padding: "8px 12px" }}>
            <Typography.Text strong>
              {s.handlingUnitName ?? "承办单位"}答复{s.answeredOn ? `（${s.answeredOn}）` : ""}：
            </Typography.Text>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>{s.answer}</Typography.Paragraph>
          </div>
        )}
        {s.state === "closed" && s.result && (
          <Typography.Text>
            <Tag color={s.result === "implemented" ? "green" : s.result === "partlyImplemented" ? "gold" : "default"}>
              {options?.suggestionResultLabels[s.result] ?? s.result}
            </Tag>
            {s.closedOn} 销号{s.resultReason ? `：${s.resultReason}` : ""}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
