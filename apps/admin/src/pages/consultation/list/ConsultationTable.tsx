import { consultationModeLabels, quarterLabel, type Quarter } from "@cppcc/domain";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { dayText } from "@cppcc/ui/roster";
import { Button, Empty, Flex, Table, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router";
import { StateTag } from "../shared/StateTag";
import type { ConsultationListItem } from "../shared/types";

type Props = {
  rows: ConsultationListItem[];
  loading: boolean;
  hasMore: boolean;
  /** How many the filters match, from the first page; null while unknown. */
  total: number | null;
  loadingMore: boolean;
  onMore: () => void;
  filtered: boolean;
  onReset: () => void;
  showTownship: boolean;
};

/** Consultations a page at a time: title, format, when and where, status and the suggestions they produced. */
export function ConsultationTable({ rows, loading, hasMore, total, loadingMore, onMore, filtered, onReset, showTownship }: Props) {
  const columns: TableColumnsType<ConsultationListItem> = [
    {
      title: "协商题目",
      dataIndex: "title",
      render: (title: string, r) => (
        <Flex vertical gap={2}>
          <Link to={`/consultations/${r.id}`}>{title}</Link>
          {showTownship && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.townshipName ?? "市级"}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: "协商形式", dataIndex: "formatName", width: 170 },
    {
      title: "年度",
      key: "year",
      width: 140,
      render: (_: unknown, r) => `${r.year} · ${quarterLabel(r.quarter as Quarter | null)}`,
    },
    {
      title: "会议日期",
      key: "date",
      width: 140,
      render: (_: unknown, r) => (r.heldOn ? dayText(r.heldOn) : r.plannedDate ? `${dayText(r.plannedDate)}${r.startTime ? ` ${r.startTime}` : ""}` : <Typography.Text type="secondary">未定</Typography.Text>),
    },
    {
      title: "方式 / 地点",
      key: "where",
      width: 180,
      render: (_: unknown, r) => [consultationModeLabels[r.mode], r.venue].filter(Boolean).join(" · "),
    },
    { title: "状态", dataIndex: "state", width: 110, render: (s: ConsultationListItem["state"]) => <StateTag state={s} /> },
    {
      title: "意见建议",
      key: "suggestions",
      width: 120,
      align: "right",
      render: (_: unknown, r) => (
        <Flex vertical align="end">
          <span>{r.suggestionCount} 条</span>
          {r.openSuggestionCount > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              未销号 {r.openSuggestionCount}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <>
      <Table<ConsultationListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{
          emptyText: (
            <Empty description={filtered ? "没有符合条件的协商" : "还没有协商活动"}>
              {filtered && <Button onClick={onReset}>清除筛选</Button>}
            </Empty>
          ),
        }}
      />
      <LoadMore shown={rows.length} total={total} hasMore={hasMore} loading={loadingMore} onMore={onMore} unit="次协商" />
    </>
  );
}
