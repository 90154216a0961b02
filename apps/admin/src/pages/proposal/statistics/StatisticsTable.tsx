import { Table, type TableColumnsType } from "antd";
import { formatShare } from "../shared/format";
import type { StatisticsReport } from "../shared/types";
import { breakdownItems } from "./breakdownItems";

type Figures = StatisticsReport["total"];
type Breakdown = StatisticsReport["breakdown"];
type Row = { key: string; name: string; statistics: Figures; breakdown: Breakdown; total?: boolean };

/** The figures offices report, one row per group and the council's total last (as the Excel export). */
export function StatisticsTable({ report }: { report: StatisticsReport }) {
  const rows: Row[] = [
    ...report.groups.map((g) => ({ key: g.key ?? "none", name: g.name, statistics: g.statistics, breakdown: g.breakdown })),
    { key: "total", name: "合计", statistics: report.total, breakdown: report.breakdown, total: true },
  ];
  const n = (pick: (s: Figures) => number) => (_: unknown, r: Row) => pick(r.statistics);
  const columns: TableColumnsType<Row> = [
    { title: report.byLabel.replace(/^按/, ""), dataIndex: "name", fixed: "left", width: 150, render: (name: string, r) => (r.total ? <strong>{name}</strong> : name) },
    { title: "收到", key: "received", width: 68, align: "right", render: n((s) => s.received) },
    { title: "立案", key: "filed", width: 68, align: "right", render: n((s) => s.filed) },
    { title: "不予立案", key: "notFiled", width: 84, align: "right", render: n((s) => s.notFiled) },
    { title: "民生类", key: "livelihood", width: 68, align: "right", render: n((s) => s.livelihood) },
    { title: "民生占比", key: "livelihoodShare", width: 84, align: "right", render: (_: unknown, r) => formatShare(r.statistics.livelihoodShare) },
    { title: "已答复", key: "replied", width: 68, align: "right", render: n((s) => s.replied) },
    {
      title: "答复类别",
      children: report.replyCategories.map((c) => ({
        title: `${c.code} 类`,
        key: `cat-${c.code}`,
        width: 52,
        align: "right" as const,
        render: n((s) => s.replyCategories[c.code] ?? 0),
      })),
    },
    { title: "解决采纳", key: "resolved", width: 84, align: "right", render: n((s) => s.resolved) },
    { title: "已测评", key: "evaluated", width: 68, align: "right", render: n((s) => s.evaluated) },
    { title: "满意和基本满意", key: "satisfied", width: 128, align: "right", render: n((s) => s.satisfied) },
    { title: "满意率", key: "rate", width: 68, align: "right", render: (_: unknown, r) => formatShare(r.statistics.satisfactionRate) },
    {
      title: "提案构成",
      children: breakdownItems.map((b) => ({
        title: b.label,
        children: [
          { title: "件数", key: `${b.count}`, width: 52, align: "right" as const, render: (_: unknown, r: Row) => r.breakdown[b.count] },
          { title: `占${b.of}`, key: `${b.share}`, width: 76, align: "right" as const, render: (_: unknown, r: Row) => formatShare(r.breakdown[b.share]) },
        ],
      })),
    },
  ];
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: "max-content" }}
      rowClassName={(r) => (r.total ? "statistics-total" : "")}
    />
  );
}
