import { brandRed } from "@cppcc/ui/antd";
import { PieChart } from "echarts/charts";
import { LegendComponent } from "echarts/components";
import { useMemo } from "react";
import { EChart } from "../../../charts/EChart";
import { echarts } from "../../../charts/echarts";
import { formatShare } from "../shared/format";
import type { StatisticsReport } from "../shared/types";
import { breakdownItems } from "./breakdownItems";

// The shared setup registers bars only; this page also needs a legend and the reply-category pie.
echarts.use([LegendComponent, PieChart]);

/** Received, filed and replied per group as horizontal bars (long unit and sector names stay readable). */
export function GroupBarChart({ report }: { report: StatisticsReport }) {
  const option = useMemo(() => {
    // Top to bottom in the table's order: a category axis draws its first item at the bottom.
    const groups = [...report.groups].reverse();
    return {
      color: [brandRed, "#1677ff", "#52c41a"],
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: groups.map((g) => g.name), axisLabel: { width: 180, overflow: "truncate" } },
      series: [
        { type: "bar", name: "收到", barMaxWidth: 18, data: groups.map((g) => g.statistics.received) },
        { type: "bar", name: "立案", barMaxWidth: 18, data: groups.map((g) => g.statistics.filed) },
        { type: "bar", name: "已答复", barMaxWidth: 18, data: groups.map((g) => g.statistics.replied) },
      ],
    };
  }, [report]);
  return <EChart option={option} height={Math.max(240, report.groups.length * 44 + 60)} ariaLabel={`${report.byLabel}提案数量条形图`} />;
}

/** How the replies fall into the council's categories (A 已解决或采纳 …); empty categories are left out of the ring. */
export function ReplyCategoryPie({ report }: { report: StatisticsReport }) {
  const option = useMemo(() => {
    const palette = ["#52c41a", "#1677ff", "#faad14", "#bfbfbf", "#722ed1", "#13c2c2"];
    const slices = report.replyCategories
      .map((c, i) => ({ name: `${c.code} 类`, label: c.label, value: report.total.replyCategories[c.code] ?? 0, itemStyle: { color: palette[i % palette.length] } }))
      .filter((s) => s.value > 0);
    return {
      tooltip: { trigger: "item", formatter: (p: { data: { name: string; label: string; value: number }; percent: number }) => `${p.data.name} ${p.data.label}<br/>${p.data.value} 件（${p.percent}%）` },
      series: [
        {
          type: "pie",
          radius: ["42%", "70%"],
          label: { formatter: "{b}\n{c} 件" },
          data: slices,
        },
      ],
    };
  }, [report]);
  return <EChart option={option} height={260} ariaLabel="答复类别分布图" />;
}

/** 提案构成: each breakdown's count as a bar, labelled with its share of the received or the filed. */
export function BreakdownBarChart({ report }: { report: StatisticsReport }) {
  const option = useMemo(() => {
    const items = [...breakdownItems].reverse();
    const b = report.breakdown;
    return {
      color: [brandRed],
      grid: { left: 8, right: 150, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: items.map((i) => i.label) },
      series: [
        {
          type: "bar",
          name: "件数",
          barMaxWidth: 18,
          data: items.map((i) => ({ value: b[i.count], share: `占${i.of} ${formatShare(b[i.share])}` })),
          label: { show: true, position: "right", formatter: (p: { value: number; data: { share: string } }) => `${p.value} 件 · ${p.data.share}` },
        },
      ],
    };
  }, [report]);
  return <EChart option={option} height={240} ariaLabel="提案构成条形图" />;
}
