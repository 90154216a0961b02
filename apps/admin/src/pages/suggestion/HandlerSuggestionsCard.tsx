import type { RouterOutputs } from "@cppcc/api";
import { Button, Card, Flex, Statistic } from "antd";
import { useNavigate } from "react-router";

type Suggestions = RouterOutputs["home"]["handler"]["suggestions"];

/** On the unit's home: how many routed suggestions wait for an answer, and how many of them are late. */
export function HandlerSuggestionsCard({ suggestions: s }: { suggestions: Suggestions }) {
  const navigate = useNavigate();
  return (
    <Card
      title="意见建议办理"
      extra={
        <Button type="primary" onClick={() => void navigate("/suggestions")}>
          办理意见建议
        </Button>
      }
    >
      <Flex gap={48} wrap>
        <Statistic title="待答复" value={s.awaitingAnswer} suffix="条" />
        <Statistic title="临期" value={s.dueSoon} suffix="条" styles={{ content: { color: s.dueSoon > 0 ? "#d46b08" : undefined } }} />
        <Statistic title="逾期未答复" value={s.overdue} suffix="条" styles={{ content: { color: s.overdue > 0 ? "#cf1322" : undefined } }} />
      </Flex>
    </Card>
  );
}
