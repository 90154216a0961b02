import { FileAddOutlined, MergeCellsOutlined } from "@ant-design/icons";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Button, Card } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { ProposalListItem } from "../shared/types";
import { useProposalOptions } from "../shared/useProposalOptions";
import { ExportListButton } from "./ExportListButton";
import { MergeDialog } from "./MergeDialog";
import { ProposalTable } from "./ProposalTable";
import { QueueFilterBar } from "./QueueFilterBar";
import { useQueueParams } from "./useQueueParams";

const pageSize = 30;

/** 提案审查: the office's queue, filtered by stage and more; pick several filed ones to merge them. */
export function ProposalQueuePage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const options = useProposalOptions();
  const { filters, session, statuses, setFilter, reset, active } = useQueueParams(options.data?.currentSessionId);
  const pages = useInfiniteQuery(
    trpc.proposal.list.infiniteQueryOptions(
      { ...filters, limit: pageSize },
      {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        placeholderData: keepPreviousData,
        // Until the options say which session is current, a list of every session would flash by.
        enabled: options.isSuccess,
      },
    ),
  );
  const [selected, setSelected] = useState<ProposalListItem[]>([]);
  const [merging, setMerging] = useState(false);
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  // The rows as last read (a step elsewhere moves their versions); a row filtered out keeps its snapshot.
  const toMerge = selected.map((s) => rows.find((r) => r.id === s.id) ?? s);
  if (options.isError) return <QueryFailed query={options} />;
  return (
    <>
      <PageTitle title="提案审查" subtitle="按办理阶段处理提案：审查、立案、交办、办结；勾选两件以上已立案的提案可并案办理" />
      <Card styles={{ body: { padding: 16 } }}>
        <QueueFilterBar
          filters={filters}
          session={session}
          statuses={statuses}
          options={options.data}
          onChange={setFilter}
          onReset={reset}
          canReset={active}
          actions={
            <>
              <Button icon={<MergeCellsOutlined />} disabled={selected.length < 2} onClick={() => setMerging(true)}>
                并案{selected.length > 0 ? `（已选 ${selected.length}）` : ""}
              </Button>
              <ExportListButton filters={filters} />
              <Button icon={<FileAddOutlined />} onClick={() => void navigate("/proposals/paper-joint")}>
                录入纸质联名提案
              </Button>
            </>
          }
        />
        {pages.isError ? (
          <QueryFailed query={pages} />
        ) : (
          <ProposalTable
            rows={rows}
            loading={pages.isPending || (pages.isFetching && !pages.isFetchingNextPage && pages.isPlaceholderData)}
            hasMore={pages.hasNextPage}
            total={pages.data?.pages[0]?.total ?? null}
            loadingMore={pages.isFetchingNextPage}
            onMore={() => void pages.fetchNextPage()}
            filtered={active}
            onReset={reset}
            detailPath={(id) => `/proposals/${id}`}
            selection={{ keys: selected.map((s) => s.id), onChange: setSelected }}
          />
        )}
      </Card>
      <MergeDialog
        open={merging}
        proposals={toMerge}
        onClose={() => setMerging(false)}
        onMerged={() => {
          setMerging(false);
          setSelected([]);
        }}
      />
    </>
  );
}
