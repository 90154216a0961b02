import { SoundOutlined } from "@ant-design/icons";
import { speechKindLabels } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { timeText } from "@cppcc/ui/roster";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import type { ConsultationDetail, SpeechRow } from "../../shared/types";
import { SpeechDialog } from "./SpeechDialog";

/** 发言: the speeches made at the meeting, recorded by the office. */
export function SpeechesPanel({ consultation: c }: { consultation: ConsultationDetail }) {
  const trpc = useTRPC();
  const [recording, setRecording] = useState(false);
  const pages = useInfiniteQuery(
    trpc.consultation.speech.list.infiniteQueryOptions({ consultationId: c.id, limit: 50 }, { getNextPageParam: (p) => p.nextCursor ?? undefined }),
  );
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const open = c.attendanceOpen;
  const columns: TableColumnsType<SpeechRow> = [
    { title: "委员", dataIndex: "memberName", width: 110 },
    { title: "类型", dataIndex: "kind", width: 100, render: (k: SpeechRow["kind"]) => <Tag>{speechKindLabels[k]}</Tag> },
    {
      title: "发言题目",
      dataIndex: "title",
      render: (t: string, r) => (
        <Flex vertical>
          <span>{t}</span>
          {r.summary && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true, symbol: "展开" }} style={{ margin: 0 }}>
              {r.summary}
            </Typography.Paragraph>
          )}
        </Flex>
      ),
    },
    { title: "登记时间", dataIndex: "createdAt", width: 160, render: (d: Date) => timeText(d) },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{open ? "会上发言、书面发言和大会发言计入委员履职档案。" : "已排期或已召开的协商可以登记发言。"}</Typography.Text>
        {open && (
          <Button type="primary" icon={<SoundOutlined />} onClick={() => setRecording(true)}>
            登记发言
          </Button>
        )}
      </Flex>
      <Table<SpeechRow> rowKey="id" size="small" columns={columns} dataSource={rows} loading={pages.isPending} pagination={false} locale={{ emptyText: "暂无发言记录" }} />
      <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="次发言" />
      {recording && <SpeechDialog consultationId={c.id} onClose={() => setRecording(false)} />}
    </>
  );
}
