import { termLabel } from "@cppcc/domain";
import { useRosterReference } from "@cppcc/ui/roster";
import { Flex, Select } from "antd";
import type { ReactNode } from "react";

export type FiguresFilters = { termId: string | null; year: number | null; townshipId: string | null; sectorId: string | null };

/** The years a term covers, newest first; without a term, the last five. */
function yearsOf(term: { startDate: string; endDate: string } | undefined): number[] {
  const now = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
  const from = term ? Number(term.startDate.slice(0, 4)) : now - 4;
  const to = Math.min(term ? Number(term.endDate.slice(0, 4)) : now, now);
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => to - i);
}

/** 届次, 年度 (blank: the whole term), 镇街道, 界别; `children` go at the end (the export button). */
export function FiguresFilterBar({ filters, onChange, children }: { filters: FiguresFilters; onChange: (patch: Partial<FiguresFilters>) => void; children?: ReactNode }) {
  const ref = useRosterReference().data;
  const term = ref?.terms.find((t) => t.id === filters.termId) ?? ref?.terms[0];
  return (
    <Flex gap={8} wrap align="center" justify="space-between">
      <Flex gap={8} wrap align="center">
        <Select
          aria-label="届次"
          style={{ width: 120 }}
          value={filters.termId ?? term?.id ?? null}
          options={ref?.terms.map((t) => ({ value: t.id, label: termLabel(t.number) }))}
          onChange={(termId: string) => onChange({ termId, year: null })}
        />
        <Select
          aria-label="年度"
          allowClear
          placeholder="整届"
          style={{ width: 110 }}
          value={filters.year}
          options={yearsOf(term).map((y) => ({ value: y, label: `${y} 年` }))}
          onChange={(year: number | undefined) => onChange({ year: year ?? null })}
        />
        <Select
          aria-label="镇街道"
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          placeholder="全部镇街道"
          style={{ width: 160 }}
          value={filters.townshipId}
          options={ref?.townships.map((t) => ({ value: t.id, label: t.name }))}
          onChange={(townshipId: string | undefined) => onChange({ townshipId: townshipId ?? null })}
        />
        <Select
          aria-label="界别"
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          placeholder="全部界别"
          style={{ width: 180 }}
          value={filters.sectorId}
          options={ref?.sectors.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(sectorId: string | undefined) => onChange({ sectorId: sectorId ?? null })}
        />
      </Flex>
      {children}
    </Flex>
  );
}
