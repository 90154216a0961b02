import { recordYears } from "@cppcc/ui/duty";
import { Selector } from "antd-mobile";

/** This year and the four before it (or the years given), one tap each: a member looks back a year or two at most. */
export function YearSwitcher({ year, onChange, years = recordYears() }: { year: number; onChange: (year: number) => void; years?: number[] }) {
  return (
    <Selector
      aria-label="选择年度"
      columns={years.length}
      value={[year]}
      onChange={(v) => v[0] !== undefined && onChange(v[0])}
      options={years.map((y) => ({ label: `${y}`, value: y }))}
      style={{ "--padding": "6px 0", "--border-radius": "6px" } as never}
    />
  );
}
