import { suggestionStateLabels } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import { List, Tag } from "antd-mobile";

/** The suggestions this member gave at this consultation, and where each stands. */
export function MySuggestions({ consultationId }: { consultationId: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.consultation.suggestion.list.queryOptions({ consultationId, limit: 50 }));
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <List header={`我的意见建议（${items.length}）`} mode="card" data-testid="my-suggestions">
      {items.map((s) => (
        <List.Item
          key={s.id}
          description={
            <>
              {s.handlingUnitName && <div>交办：{s.handlingUnitName}</div>}
              {s.answer && <div>答复：{s.answer}</div>}
            </>
          }
          extra={
            <Tag color={s.state === "closed" ? "success" : "primary"} fill="outline">
              {suggestionStateLabels[s.state]}
            </Tag>
          }
        >
          <span style={{ whiteSpace: "pre-wrap" }}>{s.content}</span>
        </List.Item>
      ))}
    </List>
  );
}
