import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Statistic } from "antd";
import { useNavigate } from "react-router";

/** On the unit's home: how many routed suggestions wait for an answer, and how many of them are late. */
export function HandlerSuggestionsCard() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const waiting = useQuery(trpc.consultation.suggestion.list.queryOptions({ state: "routed", limit: 200 }));
  const items = waiting.data?.items ?? [];
  const overdue = items.filter((s) => s.deadlineStatus === "overdue").length;
  const dueSoon = items.filter((s) => s.deadlineStatus === "dueSoon").length;
  const more = waiting.data?.nextCursor ? "+" : "";
  return (
    <Card
      title="意见建议办理"
      loading={waiting.isPending}
      extra={
        <Button type="primary" onClick={() => void navigate("/suggestions")}>
          办理意见建议
        </Button>
      }
    >
      <Flex gap={48} wrap>
        <Statistic title="待答复" value={`${items.length}${more}`} suffix="条" />
        <Statistic title="临期" value={dueSoon} suffix="条" styles={{ content: { color: dueSoon > 0 ? "#d46b08" : undefined } }} />
        <Statistic title="逾期未答复" value={overdue} suffix="条" styles={{ content: { color: overdue > 0 ? "#cf1322" : undefined } }} />
      </Flex>
    </Card>
  );
}
