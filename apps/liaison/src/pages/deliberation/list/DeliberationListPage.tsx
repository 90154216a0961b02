import { PlusOutlined } from "@ant-design/icons";
import { consultationModeLabels, meetingContactText, meetingWhenText, type ConsultationState } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Button, Card, Empty, Flex, Segmented, Table, Typography, type TableColumnsType } from "antd";
import { Link, useNavigate, useSearchParams } from "react-router";
import { NoTownship } from "../shared/NoTownship";
import { ConsultationStateTag } from "../shared/tags";
import type { DeliberationListItem } from "../shared/types";
import { useOwnTownship } from "../shared/useOwnTownship";

const filters: { value: string; label: string; state: ConsultationState | null }[] = [
  { value: "all", label: "全部", state: null },
  { value: "scheduled", label: "待召开", state: "scheduled" },
  { value: "held", label: "已召开", state: "held" },
  { value: "closed", label: "已办结", state: "closed" },
];

/** The township's deliberations, newest first: each with its time, place, contact, state and open suggestions. */
export function DeliberationListPage() {
  const { townshipId } = useOwnTownship();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = filters.find((f) => f.value === params.get("state")) ?? filters[0]!;
  const pages = useInfiniteQuery(
    trpc.consultation.list.infiniteQueryOptions(
      { townshipId: townshipId ?? undefined, state: filter.state, limit: 30 },
      { enabled: !!townshipId, getNextPageParam: (p) => p.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );
  if (!townshipId) return <NoTownship />;
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: TableColumnsType<DeliberationListItem> = [
    {
      title: "议事题目",
      key: "title",
      render: (_, c) => (
        <Flex vertical>
          <Link to={`/deliberations/${c.id}`}>{c.title}</Link>
          <Typography.Text type="secondary">{c.formatName}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: "时间 / 地点",
      key: "date",
      width: 260,
      render: (_, c) => (
        <Flex vertical>
          <span>{meetingWhenText(c.plannedDate, c.startTime)}</span>
          <Typography.Text type="secondary">
            {consultationModeLabels[c.mode]}
            {[c.venueName, c.venue].filter(Boolean).map((v) => ` · ${v}`)}
          </Typography.Text>
          {meetingContactText(c) && (
            <Typography.Text type="secondary" style={{ whiteSpace: "nowrap" }}>
              联系人：{meetingContactText(c)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: "状态", key: "state", width: 90, render: (_, c) => <ConsultationStateTag state={c.state} /> },
    {
      title: "意见建议",
      key: "suggestions",
      width: 130,
      render: (_, c) =>
        c.suggestionCount === 0 ? (
          <Typography.Text type="secondary">暂无</Typography.Text>
        ) : (
          <span>
            {c.suggestionCount} 条
            {c.openSuggestionCount > 0 ? <Typography.Text type="warning">（{c.openSuggestionCount} 条未销号）</Typography.Text> : "，已全部销号"}
          </span>
        ),
    },
  ];
  return (
    <>
      <PageTitle title="民生议事堂" subtitle="本镇街道的议事活动：安排、签到、记录意见建议、交办跟踪和结果公示" />
      <Card>
        <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={filter.value}
            onChange={(v) => setParams(v === "all" ? {} : { state: String(v) }, { replace: true })}
            options={filters.map((f) => ({ value: f.value, label: f.label }))}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate("/deliberations/new")}>
            安排议事
          </Button>
        </Flex>
        {pages.isError ? (
          <QueryFailed query={pages} />
        ) : (
          <>
            <Table<DeliberationListItem>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              loading={pages.isPending}
              pagination={false}
              scroll={{ x: 740 }}
              onRow={(c) => ({ onClick: () => void navigate(`/deliberations/${c.id}`), style: { cursor: "pointer" } })}
              locale={{ emptyText: <Empty description="还没有议事活动：先在「群众议题」中采纳议题，再安排议事" /> }}
            />
            {rows.length > 0 && (
              <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="次议事" />
            )}
          </>
        )}
      </Card>
    </>
  );
}
