import { hasTakenPlace } from "@cppcc/domain";
import { useOverview, useTRPC } from "@cppcc/ui";
import { PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Card, Col, Empty, Flex, Row, Select, Statistic, Table, Typography, type TableColumnsType } from "antd";
import { lazy, Suspense, useMemo } from "react";
import { useSearchParams } from "react-router";
import { planYears } from "../plan/planYears";
import type { ConsultationStats } from "../shared/types";

// echarts is large: it loads after the figures are on screen.
const StatsChart = lazy(() => import("./StatsChart").then((m) => ({ default: m.StatsChart })));

type FormatRow = ConsultationStats["byFormat"][number];
type YearRow = {
  key: string;
  year: number;
  formatName: string;
  held: number;
  pending: number;
  cancelled: number;
  participations: number;
  membersPresent: number;
  participants: number;
  speeches: number;
  suggestions: number;
  suggestionsClosed: number;
};

/** A sentence a report can quote: 「民生议事堂 80 次，参与 2300 人次，建议 504 条」. */
const quote = (f: FormatRow) => `${f.formatName} ${f.events} 次，参与 ${f.participations} 人次，建议 ${f.suggestions} 条`;

/** The rows by year and format, states folded into what a report counts: held, still to come, called off. */
function byYear(rows: ConsultationStats["rows"]): YearRow[] {
  const out = new Map<string, YearRow>();
  for (const r of rows) {
    const key = `${r.year}|${r.formatCode}`;
    const row = out.get(key) ?? {
      key,
      year: r.year,
      formatName: r.formatName,
      held: 0,
      pending: 0,
      cancelled: 0,
      participations: 0,
      membersPresent: 0,
      participants: 0,
      speeches: 0,
      suggestions: 0,
      suggestionsClosed: 0,
    };
    if (r.state === "cancelled") row.cancelled += r.consultations;
    else if (hasTakenPlace(r.state)) row.held += r.consultations;
    else row.pending += r.consultations;
    row.participations += r.participations;
    row.membersPresent += r.membersPresent;
    row.participants += r.participants;
    row.speeches += r.speeches;
    row.suggestions += r.suggestions;
    row.suggestionsClosed += r.suggestionsClosed;
    out.set(key, row);
  }
  return [...out.values()];
}

/** 协商统计: what reports quote — consultations by format and year with their participation and the suggestions they produced. */
export function StatsPage() {
  const trpc = useTRPC();
  const overview = useOverview();
  const [params, setParams] = useSearchParams();
  const fromYear = Number(params.get("from")) || null;
  const toYear = Number(params.get("to")) || null;
  const townshipId = params.get("township");
  const stats = useQuery(trpc.consultation.stats.queryOptions({ fromYear, toYear, townshipId }, { placeholderData: keepPreviousData }));
  const yearRows = useMemo(() => byYear(stats.data?.rows ?? []), [stats.data]);
  const set = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const years = planYears([]).map((y) => ({ value: y, label: `${y} 年` }));

  const formatColumns: TableColumnsType<FormatRow> = [
    { title: "协商形式", dataIndex: "formatName" },
    { title: "已开展（次）", dataIndex: "events", align: "right", sorter: (a, b) => a.events - b.events },
    { title: "全部（含计划中）", dataIndex: "total", align: "right" },
    { title: "参与人次", dataIndex: "participations", align: "right", sorter: (a, b) => a.participations - b.participations },
    { title: "委员出席", dataIndex: "membersPresent", align: "right" },
    { title: "其他参会", dataIndex: "participants", align: "right" },
    { title: "发言", dataIndex: "speeches", align: "right" },
    { title: "意见建议（条）", dataIndex: "suggestions", align: "right", sorter: (a, b) => a.suggestions - b.suggestions, defaultSortOrder: "descend" },
    { title: "已销号（条）", dataIndex: "suggestionsClosed", align: "right" },
  ];
  const yearColumns: TableColumnsType<YearRow> = [
    { title: "年度", dataIndex: "year", width: 90 },
    { title: "协商形式", dataIndex: "formatName" },
    { title: "已开展", dataIndex: "held", align: "right" },
    { title: "计划中", dataIndex: "pending", align: "right" },
    { title: "已取消", dataIndex: "cancelled", align: "right" },
    { title: "参与人次", dataIndex: "participations", align: "right" },
    { title: "委员出席", dataIndex: "membersPresent", align: "right" },
    { title: "其他参会", dataIndex: "participants", align: "right" },
    { title: "发言", dataIndex: "speeches", align: "right" },
    { title: "意见建议", dataIndex: "suggestions", align: "right" },
    { title: "已销号", dataIndex: "suggestionsClosed", align: "right" },
  ];

  return (
    <>
      <PageTitle title="协商统计" subtitle="按协商形式和年度统计开展次数、参与人次（委员出席 + 其他参会人员）、发言与意见建议条数，可直接用于工作报告（如“请你来协商 168 次，提出意见建议 1835 条”）。" />
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Select aria-label="起始年度" placeholder="起始年度" allowClear style={{ width: 130 }} value={fromYear ?? undefined} options={years} onChange={(v?: number) => set("from", v ? String(v) : null)} />
        <Select aria-label="截止年度" placeholder="截止年度" allowClear style={{ width: 130 }} value={toYear ?? undefined} options={years} onChange={(v?: number) => set("to", v ? String(v) : null)} />
        <Select
          aria-label="范围"
          placeholder="全市（含镇街道）"
          allowClear
          style={{ width: 180 }}
          value={townshipId ?? undefined}
          options={(overview.data?.townships ?? []).map((t) => ({ value: t.id, label: t.name }))}
          onChange={(v?: string) => set("township", v ?? null)}
        />
      </Flex>
      {stats.isPending ? (
        <PageLoading />
      ) : stats.isError ? (
        <QueryFailed query={stats} />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Card style={{ height: "100%" }}>
                <Statistic title="已开展协商" value={stats.data.totals.events} suffix="次" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card style={{ height: "100%" }}>
                <Statistic title="参与人次" value={stats.data.totals.participations} suffix="人次" />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  委员出席 {stats.data.totals.membersPresent}，其他参会 {stats.data.totals.participants}，发言 {stats.data.totals.speeches}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card style={{ height: "100%" }}>
                <Statistic title="提出意见建议" value={stats.data.totals.suggestions} suffix="条" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card style={{ height: "100%" }}>
                <Statistic title="协商总数（含计划中、已取消）" value={stats.data.totals.consultations} suffix="次" />
              </Card>
            </Col>
          </Row>
          {stats.data.byFormat.length === 0 ? (
            <Card>
              <Empty description="所选范围内还没有协商" />
            </Card>
          ) : (
            <>
              <Card title="按协商形式" style={{ marginBottom: 16 }}>
                <Typography.Paragraph>
                  {stats.data.byFormat.map(quote).join("；")}。
                </Typography.Paragraph>
                <Table<FormatRow>
                  rowKey="formatCode"
                  size="small"
                  columns={formatColumns}
                  dataSource={stats.data.byFormat}
                  pagination={false}
                  // Figures read across a row: they never wrap, a narrow screen scrolls instead.
                  scroll={{ x: "max-content" }}
                />
                <Suspense fallback={<div style={{ height: 240 }} />}>
                  <StatsChart byFormat={stats.data.byFormat} />
                </Suspense>
              </Card>
              <Card title="按年度和形式">
                <Table<YearRow> rowKey="key" size="small" columns={yearColumns} dataSource={yearRows} pagination={false} scroll={{ x: "max-content" }} />
              </Card>
            </>
          )}
        </>
      )}
    </>
  );
}
