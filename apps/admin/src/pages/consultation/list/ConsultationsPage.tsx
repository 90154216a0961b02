import { PlusOutlined } from "@ant-design/icons";
import { useOverview, useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Button, Card } from "antd";
import { useNavigate } from "react-router";
import { ConsultationFilterBar } from "./ConsultationFilterBar";
import { ConsultationTable } from "./ConsultationTable";
import { useConsultationParams } from "./useConsultationParams";

/** 协商活动: every consultation by format, status and year, with the suggestions each produced. */
export function ConsultationsPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const overview = useOverview();
  const { values, filters, set, reset, active } = useConsultationParams();
  const pages = useInfiniteQuery(
    trpc.consultation.list.infiniteQueryOptions(
      { ...filters, limit: 30 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle title="协商活动" subtitle="市级协商从计划、排期、邀请、签到到成果报送和采纳反馈的全过程；可按年度、形式、状态筛选。" />
      <Card styles={{ body: { padding: 16 } }}>
        <ConsultationFilterBar
          values={values}
          townships={overview.data?.townships ?? []}
          onChange={set}
          onReset={reset}
          canReset={active}
          actions={
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate("/consultations/new")}>
              新建协商
            </Button>
          }
        />
        {pages.isError ? (
          <QueryFailed query={pages} />
        ) : (
          <ConsultationTable
            rows={rows}
            loading={pages.isPending || (pages.isFetching && !pages.isFetchingNextPage && pages.isPlaceholderData)}
            hasMore={pages.hasNextPage}
            total={pages.data?.pages[0]?.total ?? null}
            loadingMore={pages.isFetchingNextPage}
            onMore={() => void pages.fetchNextPage()}
            filtered={active}
            onReset={reset}
            showTownship={values.scope !== "city"}
          />
        )}
      </Card>
    </>
  );
}
