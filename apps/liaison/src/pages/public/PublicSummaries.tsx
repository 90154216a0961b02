import { suggestionResults, type SuggestionResult } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { QueryFailed } from "@cppcc/ui/antd";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Card, Empty, Flex, Spin, Tag, Typography } from "antd";
import dayjs from "dayjs";

const resultColors: Record<SuggestionResult, string> = { implemented: "green", partlyImplemented: "gold", notImplemented: "default" };

/** Published deliberation results: the summary and how the suggestions ended (落实 / 部分落实 / 未落实). */
export function PublicSummaries({ townshipId, resultLabels }: { townshipId: string; resultLabels: Record<SuggestionResult, string> }) {
  const trpc = useTRPC();
  const pages = useInfiniteQuery(
    trpc.consultation.publicTopic.summaries.infiniteQueryOptions({ townshipId, limit: 10 }, { getNextPageParam: (p) => p.nextCursor ?? undefined }),
  );
  if (pages.isPending) return <Spin style={{ display: "block", margin: "32px auto" }} />;
  if (pages.isError) return <QueryFailed query={pages} />;
  const rows = pages.data.pages.flatMap((p) => p.items);
  if (rows.length === 0) return <Empty description="还没有公示的议事结果" style={{ padding: 32 }} />;
  return (
    <Flex vertical gap={12}>
      {rows.map((s) => {
        const closed = suggestionResults.reduce((n, r) => n + s.results[r], 0);
        return (
          <Card key={s.id} size="small" title={<span style={{ whiteSpace: "normal" }}>{s.title}</span>}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.heldOn ? `${s.heldOn} 召开 · ` : ""}
              {s.publishedAt ? `${dayjs(s.publishedAt).tz().format("YYYY-MM-DD")} 公示` : ""}
            </Typography.Text>
            <Typography.Paragraph style={{ margin: "8px 0", whiteSpace: "pre-wrap" }}>{s.summary}</Typography.Paragraph>
            <Flex gap={6} wrap align="center">
              <Typography.Text>意见建议 {s.suggestionCount} 条：</Typography.Text>
              {suggestionResults.map((r) => (
                <Tag key={r} color={resultColors[r]}>
                  {resultLabels[r]} {s.results[r]}
                </Tag>
              ))}
              {s.suggestionCount > closed && <Tag color="blue">办理中 {s.suggestionCount - closed}</Tag>}
            </Flex>
          </Card>
        );
      })}
      <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="次议事" />
    </Flex>
  );
}
