import { brandRed } from "@cppcc/ui/antd";
import { LegendComponent } from "echarts/components";
import { useMemo } from "react";
import { EChart } from "../../../charts/EChart";
import { echarts } from "../../../charts/echarts";
import type { ConsultationStats } from "../shared/types";

// The app registers only bars, grid and tooltip; this chart also names its two series.
echarts.use([LegendComponent]);

/** Events and suggestions per format, side by side: two scales, since suggestions run ten times the events. */
export function StatsChart({ byFormat }: { byFormat: ConsultationStats["byFormat"] }) {
  const option = useMemo(() => {
    const rows = [...byFormat].reverse();
    return {
      // Drawn at once: a report page is read (and printed), not watched.
      animation: false,
      color: [brandRed, "#d48806"],
      legend: { top: 0 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 16, right: 32, top: 56, bottom: 8, containLabel: true },
      yAxis: { type: "category", data: rows.map((r) => r.formatName) },
      xAxis: [
        { type: "value", minInterval: 1, position: "bottom" },
        { type: "value", minInterval: 1, position: "top", splitLine: { show: false } },
      ],
      series: [
        { type: "bar", name: "已开展协商（次）", xAxisIndex: 0, barMaxWidth: 14, data: rows.map((r) => r.events) },
        { type: "bar", name: "意见建议（条）", xAxisIndex: 1, barMaxWidth: 14, data: rows.map((r) => r.suggestions) },
      ],
    };
  }, [byFormat]);
  return <EChart option={option} height={Math.max(240, byFormat.length * 44 + 80)} ariaLabel="各协商形式开展次数和意见建议条数柱状图" />;
}
