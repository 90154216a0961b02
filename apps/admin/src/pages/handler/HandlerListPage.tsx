import { type ProposalStatus } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Card, Segmented } from "antd";
import { useSearchParams } from "react-router";
import { OverdueList } from "../proposal/overdue/OverduePage";
import { ProposalTable } from "../proposal/queue/ProposalTable";

/** A unit's stages: what it still has to answer, what it answered, everything assigned to it. */
const tabs: { key: string; label: string; statuses: ProposalStatus[] }[] = [
  { key: "todo", label: "待办理", statuses: ["assigned", "rehandling"] },
  { key: "done", label: "已答复", statuses: ["replied", "evaluated", "closed"] },
  { key: "all", label: "全部", statuses: [] },
];
const overdueTab = "overdue";

/** 承办提案: only the proposals assigned to this unit (the server decides which). */
export function HandlerListPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") ?? "todo";
  const statuses = tabs.find((t) => t.key === tab)?.statuses ?? [];
  const pages = useInfiniteQuery(
    trpc.proposal.list.infiniteQueryOptions(
      { statuses: statuses.length > 0 ? statuses : undefined, order: tab === "todo" ? "oldest" : "newest", limit: 30 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: keepPreviousData, enabled: tab !== overdueTab },
    ),
  );
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle title="承办提案" subtitle="交由本单位办理的提案：撰写并发送答复或会办意见；交办不当的可在期限内退回" />
      <Card styles={{ body: { padding: 16 } }}>
        <Segmented
          value={tab}
          onChange={(v) => setParams({ tab: v }, { replace: true })}
          options={[...tabs.map((t) => ({ value: t.key, label: t.label })), { value: overdueTab, label: "已逾期" }]}
          style={{ marginBottom: 16 }}
        />
        {tab === overdueTab ? (
          <OverdueList detailPath={(id) => `/handling/${id}`} />
        ) : pages.isError ? (
          <QueryFailed query={pages} />
        ) : (
          <ProposalTable
            rows={rows}
            loading={pages.isPending || (pages.isFetching && !pages.isFetchingNextPage && pages.isPlaceholderData)}
            hasMore={pages.hasNextPage}
            total={pages.data?.pages[0]?.total ?? null}
            loadingMore={pages.isFetchingNextPage}
            onMore={() => void pages.fetchNextPage()}
            filtered={false}
            onReset={() => undefined}
            detailPath={(id) => `/handling/${id}`}
          />
        )}
      </Card>
    </>
  );
}
