import { recordYears, type DutyRankingFilters } from "@cppcc/ui/duty";
import { useRosterReference } from "@cppcc/ui/roster";
import { Flex, Select } from "antd";
import type { ReactNode } from "react";

/** The year and the roster filters the ranking and the warnings list share; a page adds its own after them. */
export function DutyFilters<F extends DutyRankingFilters>({ filters, onChange, children }: { filters: F; onChange: (patch: Partial<F>) => void; children?: ReactNode }) {
  const ref = useRosterReference().data;
  const select = (label: string, value: string | null | undefined, options: { value: string; label: string }[] | undefined, change: (v: string | null) => void) => (
    <Select aria-label={label} allowClear showSearch={{ optionFilterProp: "label" }} placeholder={label} style={{ width: 160 }} value={value ?? null} options={options} onChange={(v: string | null | undefined) => change(v ?? null)} />
  );
  return (
    <Flex gap={8} wrap align="center">
      <Select aria-label="年度" style={{ width: 100 }} value={filters.year} options={recordYears().map((y) => ({ value: y, label: `${y} 年` }))} onChange={(year) => onChange({ year } as Partial<F>)} />
      {select("界别", filters.sectorId, ref?.sectors.map((s) => ({ value: s.id, label: s.name })), (sectorId) => onChange({ sectorId } as Partial<F>))}
      {select("委员小组", filters.townshipGroupId, ref?.townshipGroups.map((g) => ({ value: g.id, label: g.name })), (townshipGroupId) => onChange({ townshipGroupId } as Partial<F>))}
      {select("专委会", filters.committeeId, ref?.committees.map((c) => ({ value: c.id, label: c.name })), (committeeId) => onChange({ committeeId } as Partial<F>))}
      {children}
    </Flex>
  );
}
