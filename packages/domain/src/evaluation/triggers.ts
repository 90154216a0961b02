import { inLedgerOrder, type DutyEntry } from "./entry";
import type { ReadonlyEvaluationTable } from "./schema";

/** One year of a member's term: the live entries and the total that year's table gave them. */
export type YearRecord = { year: number; entries: readonly DutyEntry[]; total: number };

export type TriggeredExit = {
  code: string;
  label: string;
  consequence: string;
  /** The years that make the trigger hold, oldest first. */
  years: number[];
  /** The entries counted (absences for a count trigger); empty for a score or a silence. */
  entryIds: string[];
};

/**
 * Which of the table's exit triggers (激励约束退出机制) a member's term meets. The table is the one in
 * force now; each year's total was scored under its own year's table. "N years running" means
 * consecutive calendar years: a year missing from the history breaks the run, since nothing says
 * what happened in it.
 */
export function exitTriggers(history: readonly YearRecord[], table: ReadonlyEvaluationTable): TriggeredExit[] {
  const years = [...history].sort((a, b) => a.year - b.year);
  const out: TriggeredExit[] = [];
  for (const t of table.exitTriggers) {
    const base = { code: t.code, label: t.label, consequence: t.consequence };
    if (t.type === "entryCount") {
      const groups = t.within === "term" ? [years] : years.map((y) => [y]);
      const hits = groups
        .map((g) => g.map((y) => ({ year: y.year, counted: y.entries.filter((e) => t.kinds.includes(e.kind)) })))
        .filter((g) => g.reduce((n, y) => n + y.counted.length, 0) >= t.count);
      if (hits.length > 0) {
        const counted = hits.flat().filter((y) => y.counted.length > 0);
        out.push({ ...base, years: counted.map((y) => y.year), entryIds: counted.flatMap((y) => inLedgerOrder(y.counted).map((e) => e.id)) });
      }
    } else {
      const meets = (y: YearRecord) => (t.type === "lowScore" ? y.total < t.below : !y.entries.some((e) => t.kinds.includes(e.kind)));
      const run = firstRun(years.filter(meets).map((y) => y.year), t.years);
      if (run) out.push({ ...base, years: run, entryIds: [] });
    }
  }
  return out;
}

/** The first run of at least `length` consecutive years, or null. */
function firstRun(years: number[], length: number): number[] | null {
  let run: number[] = [];
  for (const y of years) {
    run = run.length > 0 && run[run.length - 1] === y - 1 ? [...run, y] : [y];
    if (run.length >= length) return run;
  }
  return null;
}
