import { PlusOutlined } from "@ant-design/icons";
import { speechKindLabels } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { QueryFailed } from "@cppcc/ui/antd";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Empty, Flex, Table, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { formatDateTime } from "../../shared/format";
import type { Deliberation, Speech } from "../../shared/types";
import { RecordSpeechDialog } from "./RecordSpeechDialog";

/** Members' speeches at the session; each one counts in the member's duty record. */
export function SpeechesTab({ deliberation: d }: { deliberation: Deliberation }) {
  const trpc = useTRPC();
  const [recording, setRecording] = useState(false);
  const pages = useInfiniteQuery(
    trpc.consultation.speech.list.infiniteQueryOptions({ consultationId: d.id, limit: 50 }, { getNextPageParam: (p) => p.nextCursor ?? undefined }),
  );
  if (pages.isError) return <QueryFailed query={pages} />;
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const open = d.attendanceOpen;
  const columns: TableColumnsType<Speech> = [
    { title: "委员", dataIndex: "memberName", width: 110 },
    { title: "类型", key: "kind", width: 100, render: (_, s) => speechKindLabels[s.kind] },
    {
      title: "发言题目 / 摘要",
      key: "title",
      render: (_, s) => (
        <Flex vertical>
          <Typography.Text strong>{s.title}</Typography.Text>
          {s.summary && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true, symbol: "展开" }} style={{ margin: 0 }}>
              {s.summary}
            </Typography.Paragraph>
          )}
        </Flex>
      ),
    },
    { title: "登记时间", key: "at", width: 150, render: (_, s) => formatDateTime(s.createdAt) },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{open ? "登记委员在议事中的发言，计入委员履职档案。" : "议事排期或召开后才能登记发言。"}</Typography.Text>
        {open && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            登记发言
          </Button>
        )}
      </Flex>
      <Table<Speech>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={pages.isPending}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: <Empty description="还没有登记发言" /> }}
      />
      {rows.length > 0 && (
        <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="次发言" />
      )}
      {recording && <RecordSpeechDialog deliberation={d} onClose={() => setRecording(false)} />}
    </>
  );
}
