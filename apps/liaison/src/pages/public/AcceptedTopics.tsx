import { TopicPhotos } from "./TopicPhotos";
import { useTRPC } from "@cppcc/ui";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { QueryFailed } from "@cppcc/ui/antd";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Card, Empty, Flex, Spin, Typography } from "antd";
import dayjs from "dayjs";
import { SessionLine } from "./SessionLine";
import { StatusTag } from "./StatusTag";

/** The topics the township accepted, as published, newest first — never with who raised them; with the session once scheduled. */
export function AcceptedTopics({ townshipId }: { townshipId: string }) {
  const trpc = useTRPC();
  const pages = useInfiniteQuery(
    trpc.consultation.publicTopic.topics.infiniteQueryOptions({ townshipId, limit: 20 }, { getNextPageParam: (p) => p.nextCursor ?? undefined }),
  );
  if (pages.isPending) return <Spin style={{ display: "block", margin: "32px auto" }} />;
  if (pages.isError) return <QueryFailed query={pages} />;
  const rows = pages.data.pages.flatMap((p) => p.items);
  if (rows.length === 0) return <Empty description="还没有公示的议题，欢迎您提出第一个" style={{ padding: 32 }} />;
  return (
    <Flex vertical gap={12}>
      {rows.map((t) => (
        <Card key={t.id} size="small">
          <Flex justify="space-between" align="start" gap={8}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t.topic}
            </Typography.Text>
            <StatusTag status={t.status} label={t.status === "accepted" ? "待安排议事" : t.statusLabel} />
          </Flex>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: true, symbol: "展开" }} style={{ margin: "6px 0 4px" }}>
            {t.description}
          </Typography.Paragraph>
          <TopicPhotos ids={t.photoIds} audience="public" size={72} />
          {t.session && <SessionLine session={t.session} />}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {dayjs(t.createdAt).tz().format("YYYY-MM-DD")} 提出
          </Typography.Text>
        </Card>
      ))}
      <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="个议题" />
    </Flex>
  );
}
