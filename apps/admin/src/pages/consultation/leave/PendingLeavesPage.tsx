import type { RouterOutputs } from "@cppcc/api";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Button, Card, Empty, Flex, Table, type TableColumnsType } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";

type Leave = RouterOutputs["consultation"]["invitation"]["pendingLeaves"]["items"][number];

/**
 * 待审批请假: every member who asked leave from a meeting and waits for a decision, across meetings.
 * The decision is taken on the meeting's invitation list, where the organiser sees who else comes.
 */
export function PendingLeavesPage() {
  const trpc = useTRPC();
  const pages = useInfiniteQuery(
    trpc.consultation.invitation.pendingLeaves.infiniteQueryOptions({ limit: 50 }, { getNextPageParam: (p) => p.nextCursor ?? undefined, placeholderData: keepPreviousData }),
  );
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? rows.length;
  const columns: TableColumnsType<Leave> = [
    { title: "委员", dataIndex: "memberName", width: 100 },
    { title: "会议", dataIndex: "title", render: (t: string, r) => <Link to={`/consultations/${r.consultationId}?tab=invitations`}>{t}</Link> },
    { title: "会议日期", dataIndex: "plannedDate", width: 110, render: (d: string | null) => d ?? "未定" },
    { title: "请假事由", dataIndex: "leaveReason", width: 220, ellipsis: { showTitle: true } },
    { title: "申请时间", dataIndex: "repliedAt", width: 140, render: (d: Date | null) => (d ? dayjs(d).tz().format("YYYY-MM-DD HH:mm") : "—") },
    {
      title: "操作",
      key: "decide",
      width: 90,
      fixed: "right",
      render: (_v, r) => (
        <Link to={`/consultations/${r.consultationId}?tab=invitations`}>
          <Button size="small" type="primary">
            去审批
          </Button>
        </Link>
      ),
    },
  ];
  if (pages.isError) return <QueryFailed query={pages} />;
  return (
    <>
      <PageTitle title="待审批请假" subtitle="委员对会议邀请提出请假、尚待组织方决定的申请；在会议的邀请名单中准假或不准假" />
      <Card styles={{ body: { padding: 16 } }}>
        <Table<Leave>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={pages.isPending}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description="没有待审批的请假" /> }}
          footer={() => (
            <Flex justify="space-between" align="center">
              <span>待审批 {total} 人次</span>
              {pages.hasNextPage && (
                <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
                  加载更多
                </Button>
              )}
            </Flex>
          )}
        />
      </Card>
    </>
  );
}
