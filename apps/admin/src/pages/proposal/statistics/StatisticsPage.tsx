import { DownloadOutlined } from "@ant-design/icons";
import { statisticsGroupingLabels, statisticsGroupings, type StatisticsGrouping } from "@cppcc/domain";
import { downloadBase64, errorMessage, useTRPC } from "@cppcc/ui";
import { PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { App, Button, Card, Col, Flex, Row, Segmented, Select, Statistic, Typography } from "antd";
import { lazy, Suspense } from "react";
import { useSearchParams } from "react-router";
import { formatShare } from "../shared/format";
import { useProposalOptions } from "../shared/useProposalOptions";
import { breakdownItems } from "./breakdownItems";
import { StatisticsTable } from "./StatisticsTable";

// echarts loads after the figures are on screen, in its own chunk.
const GroupBarChart = lazy(() => import("./StatisticsChart").then((m) => ({ default: m.GroupBarChart })));
const ReplyCategoryPie = lazy(() => import("./StatisticsChart").then((m) => ({ default: m.ReplyCategoryPie })));
const BreakdownBarChart = lazy(() => import("./StatisticsChart").then((m) => ({ default: m.BreakdownBarChart })));

const wholeTerm = "term";

/** 提案统计: received, filed, livelihood share, reply categories and satisfaction, by session, unit, sector or committee. */
export function StatisticsPage() {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const options = useProposalOptions();
  const [params, setParams] = useSearchParams();
  const by = (statisticsGroupings as readonly string[]).includes(params.get("by") ?? "") ? (params.get("by") as StatisticsGrouping) : "session";
  const session = params.get("session") ?? wholeTerm;
  const input = { by, sessionId: session === wholeTerm ? undefined : session };
  const report = useQuery(trpc.proposal.statistics.queryOptions(input, { placeholderData: keepPreviousData }));
  const exporter = useMutation(
    trpc.proposal.exportStatistics.mutationOptions({
      onSuccess: (r) => {
        downloadBase64(r.filename, r.base64);
        void message.success(`已导出：${r.filename}`);
      },
      onError: (error) => void message.error(`导出失败：${errorMessage(error)}`),
    }),
  );
  const set = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );

  if (report.isError) return <QueryFailed query={report} />;
  const total = report.data?.total;
  return (
    <>
      <PageTitle title="提案统计" subtitle="收到、立案、民生占比、提案构成、答复类别和满意率；按届次会议、承办单位、界别或专委会分组" />
      <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center" justify="space-between">
          <Flex gap={12} wrap align="center">
            <Segmented
              value={by}
              onChange={(v) => set("by", v)}
              options={statisticsGroupings.map((g) => ({ value: g, label: statisticsGroupingLabels[g] }))}
            />
            <Select
              aria-label="统计范围"
              value={session}
              onChange={(v: string) => set("session", v)}
              options={[{ value: wholeTerm, label: "本届全部会议" }, ...(options.data?.sessions ?? []).map((s) => ({ value: s.id, label: s.label }))]}
              style={{ width: 200 }}
            />
          </Flex>
          <Button icon={<DownloadOutlined />} loading={exporter.isPending} onClick={() => exporter.mutate(input)}>
            {exporter.isPending ? "正在导出…" : "导出 Excel"}
          </Button>
        </Flex>
      </Card>
      {!report.data || !total ? (
        <PageLoading />
      ) : (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            {[
              { title: "收到提案", value: total.received, suffix: "件" },
              { title: "立案", value: total.filed, suffix: "件" },
              { title: "民生类占比", value: formatShare(total.livelihoodShare) },
              { title: "已答复", value: total.replied, suffix: "件" },
              { title: "解决采纳", value: total.resolved, suffix: "件" },
              { title: "满意率", value: formatShare(total.satisfactionRate) },
            ].map((s) => (
              <Col key={s.title} xs={12} md={8} xl={4}>
                <Card size="small">
                  <Statistic title={s.title} value={s.value} suffix={s.suffix} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card title={`${report.data.byLabel.replace(/^按/, "")}分布`} size="small">
                {report.data.groups.length === 0 ? (
                  <Typography.Text type="secondary">暂无数据</Typography.Text>
                ) : (
                  <Suspense fallback={<div style={{ height: 240 }} />}>
                    <GroupBarChart report={report.data} />
                  </Suspense>
                )}
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title="答复类别" size="small">
                {total.replied === 0 ? (
                  <Typography.Text type="secondary">暂无答复</Typography.Text>
                ) : (
                  <Suspense fallback={<div style={{ height: 260 }} />}>
                    <ReplyCategoryPie report={report.data} />
                  </Suspense>
                )}
                <Flex vertical gap={2} style={{ marginTop: 8 }}>
                  {report.data.replyCategories.map((c) => (
                    <Typography.Text key={c.code} type="secondary" style={{ fontSize: 12 }}>
                      {c.code} 类：{c.label}（{total.replyCategories[c.code] ?? 0} 件）
                    </Typography.Text>
                  ))}
                </Flex>
              </Card>
            </Col>
          </Row>
          <Card title="提案构成" size="small">
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Flex vertical gap={4}>
                  {breakdownItems.map((b) => (
                    <Flex key={b.label} justify="space-between" gap={12}>
                      <Typography.Text>{b.label}</Typography.Text>
                      <Typography.Text>
                        {report.data.breakdown[b.count]} 件，占{b.of} {formatShare(report.data.breakdown[b.share])}
                      </Typography.Text>
                    </Flex>
                  ))}
                </Flex>
              </Col>
              <Col xs={24} xl={12}>
                {total.received === 0 ? (
                  <Typography.Text type="secondary">暂无数据</Typography.Text>
                ) : (
                  <Suspense fallback={<div style={{ height: 240 }} />}>
                    <BreakdownBarChart report={report.data} />
                  </Suspense>
                )}
              </Col>
            </Row>
          </Card>
          <Card title="统计表" size="small">
            <StatisticsTable report={report.data} />
          </Card>
        </Flex>
      )}
    </>
  );
}
