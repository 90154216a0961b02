import { officeSuggestionStatuses, type OfficeSuggestionStatus } from "@cppcc/domain";
import type { RouterOutputs } from "@cppcc/api";
import { useOverview, useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { SuggestionContent, SuggestionDeadline } from "@cppcc/ui/antd/consultation";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Card, Empty, Table, Tabs, Typography, type TableColumnsType } from "antd";
import { Link, useSearchParams } from "react-router";
import { SuggestionStateTag } from "../../consultation/detail/suggestions/SuggestionStateTag";

type Item = RouterOutputs["consultation"]["suggestion"]["openItems"]["items"][number];

const tabs: { key: OfficeSuggestionStatus | "all"; label: string; empty: string }[] = [
  { key: "overdue", label: "逾期", empty: "没有逾期未答复的意见建议" },
  { key: "dueSoon", label: "临期", empty: "没有临近答复期限的意见建议" },
  { key: "all", label: "全部未销号", empty: "没有未销号的意见建议" },
];
const statusOf = (v: string | null): OfficeSuggestionStatus | null =>
  (officeSuggestionStatuses as readonly string[]).includes(v ?? "") ? (v as OfficeSuggestionStatus) : null;

/**
 * 意见建议销号清单 for the office: every township's and every consultation's suggestions not yet
 * closed, most urgent first; `?status=overdue|dueSoon` is what the home page's counts open.
 */
export function OfficeOpenItemsPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get("status"));
  const overview = useOverview();
  const townshipName = (id: string | null) => (id ? overview.data?.townships.find((t) => t.id === id)?.name : undefined) ?? "市级协商";
  const pages = useInfiniteQuery(
    trpc.consultation.suggestion.openItems.infiniteQueryOptions(
      { status, limit: 50 },
      { getNextPageParam: (p) => p.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const tab = tabs.find((t) => t.key === (status ?? "all"))!;
  const columns: TableColumnsType<Item> = [
    { title: "状态", key: "status", width: 110, render: (_, s) => <SuggestionStateTag status={s.status} /> },
    {
      title: "意见建议",
      key: "content",
      render: (_, s) => (
        <SuggestionContent
          content={s.content}
          source={
            <>
              {townshipName(s.townshipId)} · <Link to={`/consultations/${s.consultationId}`}>{s.consultationTitle}</Link>
            </>
          }
        />
      ),
    },
    { title: "承办单位", key: "unit", width: 120, render: (_, s) => s.handlingUnitName ?? <Typography.Text type="secondary">待交办</Typography.Text> },
    {
      title: "答复期限",
      key: "deadline",
      width: 120,
      render: (_, s) => <SuggestionDeadline deadline={s.deadline} overdue={s.overdue} daysOverdue={s.daysOverdue} />,
    },
  ];
  return (
    <>
      <PageTitle title="意见建议销号清单" subtitle="各镇街道和各次协商尚未销号的意见建议，逾期未答复的置顶；期限按规则设置和已批准的延期计算" />
      <Card>
        <Tabs
          activeKey={tab.key}
          items={tabs.map((t) => ({ key: t.key, label: t.label }))}
          onChange={(key) => setParams(key === "all" ? {} : { status: key }, { replace: true })}
        />
        {pages.isError ? (
          <QueryFailed query={pages} />
        ) : (
          <>
            <Table<Item>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              loading={pages.isPending || (pages.isFetching && pages.isPlaceholderData)}
              pagination={false}
              scroll={{ x: 700 }}
              locale={{ emptyText: <Empty description={tab.empty} /> }}
            />
            {rows.length > 0 && (
              <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="条" />
            )}
          </>
        )}
      </Card>
    </>
  );
}
