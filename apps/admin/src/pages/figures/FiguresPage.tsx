import { DownloadOutlined } from "@ant-design/icons";
import { downloadBase64, errorMessage, useTRPC } from "@cppcc/ui";
import { PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { App, Button, Card, Flex, Typography } from "antd";
import { lazy, Suspense } from "react";
import { useSearchParams } from "react-router";
import { FigureGrid } from "./FigureGrid";
import { FiguresFilterBar, type FiguresFilters } from "./FiguresFilterBar";

// echarts is large: the trend loads in its own chunk, after the figures are on screen.
const TrendChart = lazy(() => import("./TrendChart").then((m) => ({ default: m.TrendChart })));

const thisYear = () => Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));

/** The filters live in the address, so a figure's view can be sent on; 年度 absent means this year, "term" the whole term. */
function useFilters(): [FiguresFilters, (patch: Partial<FiguresFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const year = params.get("year");
  const filters: FiguresFilters = {
    termId: params.get("term"),
    year: year === "term" ? null : Number(year) || thisYear(),
    townshipId: params.get("township"),
    sectorId: params.get("sector"),
  };
  const keys: Record<keyof FiguresFilters, string> = { termId: "term", year: "year", townshipId: "township", sectorId: "sector" };
  const set = (patch: Partial<FiguresFilters>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch) as [keyof FiguresFilters, string | number | null][]) {
          if (k === "year") next.set("year", v === null ? "term" : String(v));
          else if (v) next.set(keys[k], String(v));
          else next.delete(keys[k]);
        }
        return next;
      },
      { replace: true },
    );
  return [filters, set];
}

/**
 * 数说: the figures a work report publishes (协商活动、「请你来协商」、提案立案和民生占比、大会发言、调研报告…)
 * counted from what the platform recorded, for a term or a year, a township or a sector, each with how
 * it is counted; modules not built yet are shown as such. The year's months below, and the Excel file.
 */
export function FiguresPage() {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [filters, set] = useFilters();
  const report = useQuery(trpc.figures.get.queryOptions(filters, { placeholderData: keepPreviousData }));
  const year = filters.year;
  const trend = useQuery(trpc.figures.trend.queryOptions({ ...filters, year: year ?? 0 }, { enabled: year !== null, placeholderData: keepPreviousData }));
  const exporter = useMutation(
    trpc.figures.export.mutationOptions({
      onSuccess: (r) => {
        downloadBase64(r.fileName, r.file);
        void message.success(`已导出 ${r.rows} 项数据：${r.fileName}`);
      },
      onError: (error) => void message.error(`导出失败：${errorMessage(error)}`),
    }),
  );

  return (
    <>
      <PageTitle title="数说" subtitle="工作报告中的数字，由平台记录实时统计：每项都写明统计口径；尚未上线的模块标明“该模块尚未上线”，不以 0 代替" />
      <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
        <FiguresFilterBar filters={filters} onChange={set}>
          <Button icon={<DownloadOutlined />} loading={exporter.isPending} disabled={!report.data} onClick={() => exporter.mutate(filters)}>
            {exporter.isPending ? "正在导出…" : "导出 Excel"}
          </Button>
        </FiguresFilterBar>
      </Card>
      {report.isError ? (
        <QueryFailed query={report} />
      ) : !report.data ? (
        <PageLoading />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">
            统计期间：{report.data.period.label}（{report.data.period.from} 至 {report.data.period.to}）；统计范围：{report.data.scope.label}
          </Typography.Text>
          <FigureGrid figures={report.data.figures} />
          <Card title={year === null ? "逐月趋势" : `${year} 年逐月趋势`} size="small">
            {year === null ? (
              <Typography.Text type="secondary">选择年度后显示该年的逐月趋势</Typography.Text>
            ) : trend.isError ? (
              <QueryFailed query={trend} />
            ) : !trend.data ? (
              <div style={{ height: 320 }} />
            ) : (
              <>
                <Suspense fallback={<div style={{ height: 320 }} />}>
                  <TrendChart trend={trend.data} />
                </Suspense>
                {trend.data.series
                  .filter((s) => s.note)
                  .map((s) => (
                    <Typography.Text key={s.key} type="secondary" style={{ display: "block", fontSize: 12 }}>
                      {s.label}：{s.note}
                    </Typography.Text>
                  ))}
              </>
            )}
          </Card>
        </Flex>
      )}
    </>
  );
}
