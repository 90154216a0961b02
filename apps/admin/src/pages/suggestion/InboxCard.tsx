import { categoryLabel, suggestionAuthorKindLabels, type SuggestionDeadlineStatus, suggestionDeadlineStatusLabels } from "@cppcc/domain";
import { ExtensionRequestButton, ExtensionTag } from "@cppcc/ui/antd/extension";
import { Button, Card, Flex, Tag, Typography } from "antd";
import type { ConsultationOptions, InboxSuggestion } from "./types";

const statusColors: Record<SuggestionDeadlineStatus, string> = {
  unrouted: "default",
  onTime: "blue",
  dueSoon: "orange",
  overdue: "red",
  answered: "cyan",
  answeredLate: "volcano",
  closed: "green",
};

type Props = {
  suggestion: InboxSuggestion;
  options: ConsultationOptions | undefined;
  /** Where it came from: a township's name, or null for a city consultation. */
  townshipName: string | null;
  today: string;
  onAnswer: () => void;
  onDecline: () => void;
  /** 申请延期: the unit's request, which the office decides; the deadline shown changes only once granted. */
  onRequestExtension: (v: { requestedDueOn: string; reason: string }) => Promise<unknown>;
  onExtensionRequested: () => void;
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** One suggestion routed to the unit: where it came from, what was said, by when to answer, and the unit's steps. */
export function InboxCard({ suggestion: s, options, townshipName, today, onAnswer, onDecline, onRequestExtension, onExtensionRequested }: Props) {
  const category = categoryLabel(s.category);
  const overdue = s.deadlineStatus === "overdue";
  const author = s.authorKind === "member" ? `委员 ${s.authorMemberName ?? ""}` : `${suggestionAuthorKindLabels[s.authorKind]}${s.authorName ? ` ${s.authorName}` : ""}`;
  return (
    <Card
      size="small"
      data-testid="inbox-suggestion"
      style={overdue ? { borderColor: "#ff4d4f", background: "#fff2f0" } : undefined}
      title={
        <Flex gap={8} align="center" wrap style={{ fontWeight: "normal", padding: "6px 0" }}>
          <Tag color={statusColors[s.deadlineStatus]}>
            {suggestionDeadlineStatusLabels[s.deadlineStatus]}
            {/* Days late by this device's clock; a clock behind the server's shows none rather than a negative count. */}
            {overdue && s.deadline && daysBetween(s.deadline, today) > 0 ? ` ${daysBetween(s.deadline, today)} 天` : ""}
          </Tag>
          {s.state === "routed" && <ExtensionTag past={s.extensions} />}
          <Typography.Text strong ellipsis style={{ maxWidth: 560 }}>
            {townshipName ? `${townshipName} · ` : ""}
            {s.consultationTitle}
          </Typography.Text>
        </Flex>
      }
      extra={
        s.state === "routed" ? (
          <Flex gap={8}>
            <Button type="primary" size="small" onClick={onAnswer}>
              答复
            </Button>
            <Button size="small" onClick={onDecline}>
              退回
            </Button>
            {s.deadline && !overdue && options && (
              <ExtensionRequestButton
                size="small"
                dueOn={s.deadline}
                past={s.extensions}
                rules={options.extensionRules}
                onSubmit={onRequestExtension}
                onDone={onExtensionRequested}
              />
            )}
          </Flex>
        ) : undefined
      }
    >
      <Flex vertical gap={8}>
        <Flex gap={8} wrap>
          <Tag color="geekblue">{category}</Tag>
          <Typography.Text type="secondary">{author}</Typography.Text>
        </Flex>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>{s.content}</Typography.Paragraph>
        {s.deadline && (
          <Typography.Text type={overdue ? "danger" : "secondary"}>
            {s.routedOn} 交办，请于 {s.deadline} 前答复
          </Typography.Text>
        )}
        {s.answer && (
          <div style={{ background: "#f6f6f6", borderRadius: 6, padding: "8px 12px" }}>
            <Typography.Text strong>本单位答复{s.answeredOn ? `（${s.answeredOn}）` : ""}：</Typography.Text>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>{s.answer}</Typography.Paragraph>
          </div>
        )}
        {s.state === "answered" && <Typography.Text type="secondary">已答复，等待联络室核实办理结果并销号。</Typography.Text>}
        {s.state === "closed" && s.result && (
          <Typography.Text>
            已销号：<Tag color="green">{options?.suggestionResultLabels[s.result] ?? s.result}</Tag>
            {s.resultReason}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
