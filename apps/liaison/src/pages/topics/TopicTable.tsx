import { TopicPhotos } from "../public/TopicPhotos";
import type { ResidentTopicState } from "@cppcc/domain";
import { Button, Empty, Flex, Table, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router";
import { formatDateTime } from "../deliberation/shared/format";
import type { ResidentTopic } from "../deliberation/shared/types";

type Props = {
  state: ResidentTopicState;
  rows: ResidentTopic[];
  loading: boolean;
  onAccept: (t: ResidentTopic) => void;
  onReject: (t: ResidentTopic) => void;
  selected: string[];
  onSelect: (ids: string[]) => void;
};

const emptyText: Record<ResidentTopicState, string> = {
  pending: "没有待审核的议题",
  accepted: "还没有采纳的议题",
  rejected: "没有不予采纳的议题",
};

/** Topics with the resident's contact (for the officer only) and, by state, what may be done with them. */
export function TopicTable({ state, rows, loading, onAccept, onReject, selected, onSelect }: Props) {
  const columns: TableColumnsType<ResidentTopic> = [
    {
      title: "议题",
      key: "topic",
      render: (_, t) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{t.topic}</Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: true, symbol: "展开" }} style={{ margin: 0 }}>
            {t.description}
          </Typography.Paragraph>
          {t.state === "accepted" && (t.publishedTopic !== t.topic || t.publishedDescription !== t.description) && (
            <Typography.Text type="success" style={{ fontSize: 13 }}>
              公示文本：{t.publishedTopic}
              {t.publishedDescription ? `——${t.publishedDescription}` : ""}
            </Typography.Text>
          )}
          {t.state === "rejected" && t.rejectReason && <Typography.Text type="danger">不予采纳理由：{t.rejectReason}</Typography.Text>}
          <TopicPhotos ids={t.photos.map((p) => p.id)} audience="staff" size={64} />
          {t.photos.some((p) => p.published) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              已公示 {t.photos.filter((p) => p.published).length} 张照片
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: "提出人 / 时间",
      key: "who",
      width: 180,
      render: (_, t) => (
        <Flex vertical>
          {t.name || t.phone ? (
            <>
              <span>{t.name ?? "未留姓名"}</span>
              {t.phone && <Typography.Text type="secondary">{t.phone}</Typography.Text>}
            </>
          ) : (
            <Typography.Text type="secondary">匿名</Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(t.createdAt)}
          </Typography.Text>
          {t.receiptNo && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: t.receiptNo }}>
              回执 {t.receiptNo}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  if (state === "pending") {
    columns.push({
      title: "审核",
      key: "actions",
      width: 180,
      render: (_, t) => (
        <Flex gap={8}>
          <Button type="primary" size="small" onClick={() => onAccept(t)}>
            采纳
          </Button>
          <Button size="small" danger onClick={() => onReject(t)}>
            不予采纳
          </Button>
        </Flex>
      ),
    });
  }
  if (state === "accepted") {
    columns.push({
      title: "议事安排",
      key: "consultation",
      width: 200,
      render: (_, t) =>
        t.consultationId ? (
          <Link to={`/deliberations/${t.consultationId}`}>{t.consultationTitle}</Link>
        ) : (
          <Typography.Text type="warning">待安排议事</Typography.Text>
        ),
    });
  }
  return (
    <Table<ResidentTopic>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 640 }}
      rowSelection={
        state === "accepted"
          ? {
              selectedRowKeys: selected,
              onChange: (keys) => onSelect(keys as string[]),
              getCheckboxProps: (t) => ({ disabled: !!t.consultationId, "aria-label": `选择议题：${t.topic}` }),
            }
          : undefined
      }
      locale={{ emptyText: <Empty description={emptyText[state]} /> }}
    />
  );
}
