import { PlusOutlined } from "@ant-design/icons";
import { venueKindLabels, venueKinds, type VenueKind } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Button, Card, Empty, Flex, Rate, Segmented, Table, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { NoTownship } from "../deliberation/shared/NoTownship";
import { useOwnTownship } from "../deliberation/shared/useOwnTownship";
import type { VenueListItem } from "./types";
import { VenueDrawer } from "./VenueDrawer";
import { VenueFormDialog } from "./VenueFormDialog";

/**
 * 阵地: the township's standing venues — deliberation halls, member reception halls (star rated),
 * member studios and consultation posts — with how many activities each has hosted.
 */
export function VenuesPage() {
  const { townshipId } = useOwnTownship();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const kind = venueKinds.find((k) => k === params.get("kind")) ?? null;
  const [editing, setEditing] = useState<VenueListItem | "new" | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const pages = useInfiniteQuery(
    trpc.consultation.venue.list.infiniteQueryOptions(
      { townshipId: townshipId ?? undefined, kind, limit: 50 },
      { enabled: !!townshipId, getNextPageParam: (p) => p.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );
  if (!townshipId) return <NoTownship />;
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: TableColumnsType<VenueListItem> = [
    {
      title: "名称",
      key: "name",
      render: (_, v) => (
        <Flex vertical>
          <Typography.Link onClick={() => setViewing(v.id)}>{v.name}</Typography.Link>
          {v.address && <Typography.Text type="secondary">{v.address}</Typography.Text>}
        </Flex>
      ),
    },
    { title: "类型", key: "kind", width: 120, render: (_, v) => venueKindLabels[v.kind] },
    {
      title: "星级",
      key: "stars",
      width: 150,
      render: (_, v) => (v.kind === "receptionHall" && v.stars ? <Rate disabled value={v.stars} style={{ fontSize: 14 }} aria-label={`${v.stars} 星`} /> : "—"),
    },
    { title: "活动", dataIndex: "activityCount", width: 80, render: (n: number) => `${n} 次` },
    {
      title: "操作",
      key: "actions",
      width: 120,
      render: (_, v) => (
        <Flex gap={8}>
          <Button size="small" onClick={() => setViewing(v.id)}>
            查看
          </Button>
          <Button size="small" onClick={() => setEditing(v)}>
            修改
          </Button>
        </Flex>
      ),
    },
  ];
  return (
    <>
      <PageTitle title="阵地" subtitle="本镇街道的民生议事堂、委员会客厅、委员工作室和协商驿站，以及在此开展的活动" />
      <Card>
        <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
          <Segmented<VenueKind | "all">
            value={kind ?? "all"}
            onChange={(v) => setParams(v === "all" ? {} : { kind: v }, { replace: true })}
            options={[{ value: "all", label: "全部" }, ...venueKinds.map((k) => ({ value: k, label: venueKindLabels[k] }))]}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
            登记阵地
          </Button>
        </Flex>
        {pages.isError ? (
          <QueryFailed query={pages} />
        ) : (
          <>
            <Table<VenueListItem>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              loading={pages.isPending}
              pagination={false}
              scroll={{ x: 720 }}
              locale={{ emptyText: <Empty description="还没有登记阵地" /> }}
            />
            {rows.length > 0 && (
              <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="处阵地" />
            )}
          </>
        )}
      </Card>
      {editing && <VenueFormDialog townshipId={townshipId} venue={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      <VenueDrawer venueId={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
