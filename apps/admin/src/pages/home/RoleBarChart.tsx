import { brandRed } from "@cppcc/ui/antd";
import { useMemo } from "react";
import { EChart } from "../../charts/EChart";

type Row = { label: string; count: number };

export function RoleBarChart({ rows }: { rows: Row[] }) {
  const option = useMemo(
    () => ({
      color: [brandRed],
      grid: { left: 32, right: 16, top: 24, bottom: 24 },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: rows.map((r) => r.label) },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", name: "账号数", barMaxWidth: 32, data: rows.map((r) => r.count) }],
    }),
    [rows],
  );
  return <EChart option={option} height={200} ariaLabel="各角色账号数量柱状图" />;
}
