import type { RouterOutputs } from "@cppcc/api";
import { extensionSubjectKindLabels } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { DecisionDialog } from "@cppcc/ui/antd/extension";
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";

type Pending = RouterOutputs["deadlineExtension"]["pending"]["items"][number];

/**
 * 延期审批: every unit's request waiting for the office, proposals and suggestions alike, the
 * longest waiting first. Deciding here moves the deadline everywhere at once.
 */
export function PendingExtensionsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [deciding, setDeciding] = useState<Pending | null>(null);
  const pages = useInfiniteQuery(
    trpc.deadlineExtension.pending.infiniteQueryOptions({ limit: 50 }, { getNextPageParam: (p) => p.nextCursor ?? undefined, placeholderData: keepPreviousData }),
  );
  const decide = useMutation(trpc.deadlineExtension.decide.mutationOptions());
  const refresh = () => queryClient.invalidateQueries();
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: TableColumnsType<Pending> = [
    { title: "类型", dataIndex: "subjectKind", width: 90, render: (k: Pending["subjectKind"]) => <Tag>{extensionSubjectKindLabels[k]}</Tag> },
    {
      title: "事项",
      dataIndex: "title",
      width: 240,
      render: (t: string, r) =>
        r.subjectKind === "proposal" ? (
          <Link to={`/proposals/${r.subjectId}`}>{t}</Link>
        ) : (
          <Typography.Text ellipsis={{ tooltip: t }} style={{ maxWidth: 220 }}>
            {t}
          </Typography.Text>
        ),
    },
    { title: "承办单位", dataIndex: "unitName", width: 110 },
    { title: "原期限", dataIndex: "dueOn", width: 100 },
    { title: "申请延至", dataIndex: "requestedDueOn", width: 100 },
    { title: "理由", dataIndex: "reason", width: 200, ellipsis: { showTitle: true } },
    { title: "申请时间", dataIndex: "createdAt", width: 140, render: (d: Date) => dayjs(d).tz().format("YYYY-MM-DD HH:mm") },
    {
      title: "操作",
      key: "decide",
      width: 90,
      fixed: "right",
      render: (_v, r) => (
        <Button type="primary" size="small" onClick={() => setDeciding(r)}>
          审批
        </Button>
      ),
    },
  ];
  if (pages.isError) return <QueryFailed query={pages} />;
  return (
    <>
      <PageTitle title="延期审批" subtitle="承办单位在办理期限届满前提出的延期申请：同意（可短于申请的日期）或不同意并说明理由" />
      <Card styles={{ body: { padding: 16 } }}>
        <Table<Pending>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={pages.isPending}
          pagination={false}
          scroll={{ x: 1070 }}
          locale={{ emptyText: <Empty description="没有待审批的延期申请" /> }}
          footer={() => (
            <Flex justify="space-between" align="center">
              <span>待审批 {rows.length} 件{pages.hasNextPage ? "（还有更多）" : ""}</span>
              {pages.hasNextPage && (
                <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
                  加载更多
                </Button>
              )}
            </Flex>
          )}
        />
      </Card>
      {deciding && (
        <DecisionDialog
          item={{ ...deciding, status: "pending", grantedDueOn: null, decisionNote: null }}
          onDecide={(item, decision) => decide.mutateAsync({ id: item.id, version: item.version, ...decision })}
          onClose={() => setDeciding(null)}
          onDone={(m) => {
            setDeciding(null);
            void message.success(m);
            void refresh();
          }}
          onRefresh={() => void refresh()}
        />
      )}
    </>
  );
}
