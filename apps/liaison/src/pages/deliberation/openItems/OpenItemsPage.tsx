import { suggestionDeadlineStatusLabels, type SuggestionDeadlineStatus } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { SuggestionContent, SuggestionDeadline } from "@cppcc/ui/antd/consultation";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Card, Empty, Flex, Statistic, Table, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router";
import { NoTownship } from "../shared/NoTownship";
import { DeadlineStatusTag } from "../shared/tags";
import { useOwnTownship } from "../shared/useOwnTownship";
import { SuggestionActions } from "../suggestions/SuggestionActions";
import { authorText } from "../suggestions/authorText";
import { fromOpenItem, type SuggestionItem } from "../suggestions/types";

const order: SuggestionDeadlineStatus[] = ["overdue", "dueSoon", "unrouted", "answeredLate", "answered", "onTime"];
// Every cell, the fixed one included, so the whole row reads red.
const overdueCell = { background: "#fff1f0" };
const colors: Partial<Record<SuggestionDeadlineStatus, string>> = { overdue: "#cf1322", dueSoon: "#d46b08" };

/**
 * 销号清单: every suggestion of the township not yet closed, most urgent first. Overdue ones (the
 * unit still owes an answer after its deadline) are red with the days they are late.
 */
export function OpenItemsPage() {
  const { townshipId } = useOwnTownship();
  const trpc = useTRPC();
  const pages = useInfiniteQuery(
    trpc.consultation.suggestion.openItems.infiniteQueryOptions(
      { townshipId: townshipId ?? undefined, limit: 50 },
      { enabled: !!townshipId, getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  if (!townshipId) return <NoTownship />;
  const rows = (pages.data?.pages.flatMap((p) => p.items) ?? []).map(fromOpenItem);
  const summary = pages.data?.pages[0]?.summary;
  const columns: TableColumnsType<SuggestionItem> = [
    {
      title: "状态",
      key: "status",
      width: 130,
      render: (_, s) => <DeadlineStatusTag status={s.status} daysOverdue={s.daysOverdue} />,
    },
    {
      title: "意见建议",
      key: "content",
      render: (_, s) => (
        <SuggestionContent
          content={s.content}
          source={
            <>
              {authorText(s)} · <Link to={`/deliberations/${s.consultationId}?tab=suggestions`}>{s.consultationTitle}</Link>
            </>
          }
        />
      ),
    },
    { title: "承办单位", key: "unit", width: 100, render: (_, s) => s.handlingUnitName ?? <Typography.Text type="secondary">待交办</Typography.Text> },
    {
      title: "答复期限",
      key: "deadline",
      width: 110,
      render: (_, s) => <SuggestionDeadline deadline={s.deadline} overdue={s.status === "overdue"} daysOverdue={s.daysOverdue} />,
    },
    { title: "操作", key: "actions", width: 140, fixed: "right", render: (_, s) => <SuggestionActions suggestion={s} /> },
  ];
  return (
    <>
      <PageTitle title="销号清单" subtitle="本镇街道尚未销号的意见建议，逾期未答复的标红置顶；答复后请核实办理结果并销号" />
      <Flex vertical gap={16}>
        {summary && (
          <Card size="small">
            <Flex gap={32} wrap>
              <Statistic title="未销号合计" value={summary.total} suffix="条" />
              {order.map((k) => (
                <Statistic key={k} title={suggestionDeadlineStatusLabels[k]} value={summary[k]} suffix="条" styles={{ content: { color: summary[k] > 0 ? colors[k] : undefined } }} />
              ))}
            </Flex>
          </Card>
        )}
        <Card>
          {pages.isError ? (
            <QueryFailed query={pages} />
          ) : (
            <>
              <Table<SuggestionItem>
                rowKey="id"
                size="middle"
                columns={columns.map((c) => ({ ...c, onCell: (s: SuggestionItem) => ({ style: s.status === "overdue" ? overdueCell : undefined }) }))}
                dataSource={rows}
                loading={pages.isPending}
                pagination={false}
                scroll={{ x: 700 }}
                locale={{ emptyText: <Empty description="没有未销号的意见建议" /> }}
              />
              {rows.length > 0 && (
                <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="条" />
              )}
            </>
          )}
        </Card>
      </Flex>
    </>
  );
}
