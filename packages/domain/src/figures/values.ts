import { figureCatalog, type FigureDefinition, type FigureId } from "./catalog";
import { figureModules, moduleNotBuiltText } from "./modules";

export type FigureFilters = { townshipId?: string | null; sectorId?: string | null };

/** What was counted for the figures the API can count: a number, or a rate (null: nothing to divide by). */
export type FigureCounts = Partial<Record<FigureId, number | null>>;

export type FigureStatus = "counted" | "moduleNotBuilt" | "filterNotApplicable";

export type FigureValue = FigureDefinition & {
  id: FigureId;
  moduleLabel: string;
  status: FigureStatus;
  /** The count, or a share between 0 and 1 for `%` figures; null unless counted (or a rate without a base). */
  value: number | null;
  /** Why there is no number, in words a reader acts on. */
  note: string | null;
};

/** Which filters a figure cannot honour: its number would not be what the filter asks for. */
export function unappliedFilters(figure: Pick<FigureDefinition, "township" | "sector">, filters: FigureFilters): string[] {
  const out: string[] = [];
  if (filters.townshipId && figure.township === null) out.push("镇街道");
  if (filters.sectorId && figure.sector === null) out.push("界别");
  return out;
}

/**
 * Every figure of the catalog, in its order, with its number or the reason there is none: a module
 * not built yet, or a filter the figure has no basis for (市级会议 by township). A figure of a built
 * module the caller did not count is a programming error, never a silent 0.
 */
export function figureValues(counts: FigureCounts, filters: FigureFilters): FigureValue[] {
  return figureCatalog.map((def): FigureValue => {
    const mod = figureModules[def.module];
    const base = { ...def, moduleLabel: mod.label };
    if (!mod.built) return { ...base, status: "moduleNotBuilt", value: null, note: `${moduleNotBuiltText}（${mod.label}）` };
    const unapplied = unappliedFilters(def, filters);
    if (unapplied.length > 0) return { ...base, status: "filterNotApplicable", value: null, note: `此项不按${unapplied.join("、")}统计` };
    if (!(def.id in counts)) throw new Error(`figure ${def.id} was not counted`);
    const value = counts[def.id] ?? null;
    return { ...base, status: "counted", value, note: value === null ? "没有可计算比例的基数" : null };
  });
}
