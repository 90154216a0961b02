import { brandRed } from "@cppcc/ui/antd";
import { LineChart } from "echarts/charts";
import { LegendComponent } from "echarts/components";
import { useMemo } from "react";
import { EChart } from "../../charts/EChart";
import { echarts } from "../../charts/echarts";
import type { FiguresTrend } from "./types";

// The app registers bars, grid and tooltip; the year's trend adds lines and their legend, in this chunk only.
echarts.use([LineChart, LegendComponent]);

const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** The year month by month, one line per series the filters apply to. */
export function TrendChart({ trend }: { trend: FiguresTrend }) {
  const option = useMemo(() => {
    const shown = trend.series.filter((s) => s.months !== null);
    return {
      animation: false,
      color: [brandRed, "#d48806", "#1677ff", "#389e0d"],
      legend: { top: 0 },
      tooltip: { trigger: "axis" },
      grid: { left: 16, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: months },
      yAxis: { type: "value", minInterval: 1 },
      series: shown.map((s) => ({ type: "line", name: s.label, data: s.months, smooth: false, symbolSize: 6 })),
    };
  }, [trend]);
  return <EChart option={option} height={320} ariaLabel={`${trend.year} 年逐月趋势折线图`} />;
}
