import type { DutyEntryRole } from "./entry";
import type { DraftEvaluationTable, ReadonlyEvaluationTable } from "./schema";

/**
 * An evaluation table as an editing form holds it. A form cannot tell "absent" from "empty", so the
 * schema's optional parts take a plain value here: no roles or levels is an empty list, no split is
 * a null share, no consequence is an empty text. Everything else keeps the document's shape, so a
 * server violation's path names the same field on the form (see `tableFormPath`).
 */
export type TableFormValues = {
  name: string;
  citation: string;
  base: number;
  categories: { code: string; label: string; start: number; cap: number | null; floor: number | null }[];
  clauses: {
    code: string;
    label: string;
    category: string;
    kinds: string[];
    roles: DutyEntryRole[];
    levels: string[];
    points: number;
    leadShare: number | null;
    beyondFirst: number;
    cap: number | null;
  }[];
  minimums: { code: string; label: string; kinds: string[]; count: number }[];
  bands: { code: string; label: string; min: number | null; consequence: string }[];
  exitTriggers: {
    type: "entryCount" | "lowScore" | "noEntries";
    code: string;
    label: string;
    consequence: string;
    kinds: string[];
    count: number | null;
    within: "year" | "term";
    below: number | null;
    years: number | null;
  }[];
};

export function tableToForm(table: ReadonlyEvaluationTable): TableFormValues {
  return {
    name: table.name,
    citation: table.citation,
    base: table.base,
    categories: table.categories.map((c) => ({ code: c.code, label: c.label, start: c.start, cap: c.cap, floor: c.floor })),
    clauses: table.clauses.map((c) => ({
      code: c.code,
      label: c.label,
      category: c.category,
      kinds: [...c.kinds],
      roles: [...(c.roles ?? [])],
      levels: [...(c.levels ?? [])],
      points: c.points,
      leadShare: c.split?.leadShare ?? null,
      beyondFirst: c.beyondFirst,
      cap: c.cap,
    })),
    minimums: table.minimums.map((m) => ({ code: m.code, label: m.label, kinds: [...m.kinds], count: m.count })),
    bands: table.bands.map((b) => ({ code: b.code, label: b.label, min: b.min, consequence: b.consequence ?? "" })),
    exitTriggers: table.exitTriggers.map((t) => ({
      type: t.type,
      code: t.code,
      label: t.label,
      consequence: t.consequence,
      kinds: "kinds" in t ? [...t.kinds] : [],
      count: t.type === "entryCount" ? t.count : null,
      within: t.type === "entryCount" ? t.within : "year",
      below: t.type === "lowScore" ? t.below : null,
      years: t.type === "entryCount" ? null : t.years,
    })),
  };
}

// A cleared number input holds null (or undefined): sent as such, so the schema names the field
// instead of the form inventing a value the office did not type.
const num = (n: number | null | undefined) => n as number;

/**
 * The document a form's values stand for, in the given year as a draft. Not checked here: the
 * server checks it (`checkDraftTable`) and its violations come back to the fields.
 */
export function formToTable(values: TableFormValues, year: number): DraftEvaluationTable {
  return {
    schemaVersion: 1,
    status: "draft",
    name: values.name,
    year,
    citation: values.citation,
    base: num(values.base),
    categories: values.categories.map((c) => ({ code: c.code, label: c.label, start: num(c.start ?? 0), cap: c.cap ?? null, floor: c.floor ?? null })),
    clauses: values.clauses.map((c) => ({
      code: c.code,
      label: c.label,
      category: c.category,
      kinds: c.kinds ?? [],
      ...(c.roles?.length ? { roles: c.roles } : {}),
      ...(c.levels?.length ? { levels: c.levels } : {}),
      points: num(c.points),
      ...(c.leadShare != null ? { split: { leadShare: c.leadShare } } : {}),
      beyondFirst: num(c.beyondFirst ?? 0),
      cap: c.cap ?? null,
    })),
    minimums: values.minimums.map((m) => ({ code: m.code, label: m.label, kinds: m.kinds ?? [], count: num(m.count) })),
    bands: values.bands.map((b) => ({ code: b.code, label: b.label, min: b.min ?? null, ...(b.consequence?.trim() ? { consequence: b.consequence } : {}) })),
    exitTriggers: values.exitTriggers.map((t) => {
      const common = { code: t.code, label: t.label, consequence: t.consequence };
      if (t.type === "entryCount") return { type: t.type, ...common, kinds: t.kinds ?? [], count: num(t.count), within: t.within };
      if (t.type === "lowScore") return { type: t.type, ...common, below: num(t.below), years: num(t.years) };
      return { type: t.type, ...common, kinds: t.kinds ?? [], years: num(t.years) };
    }),
  };
}

/**
 * Where on the form a violation's path ("clauses.3.split.leadShare") is: the field's name as antd
 * takes it, or null when it names no field (the whole document, a section's list), so it goes above.
 */
export function tableFormPath(path: string | undefined): (string | number)[] | null {
  if (!path) return null;
  const parts = path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (parts[0] === "clauses" && parts[2] === "split") return ["clauses", parts[1]!, "leadShare"];
  if (parts.length === 1 && ["name", "citation", "base"].includes(String(parts[0]))) return parts;
  // A list item's field ("bands.2.min"); "kinds.0" inside it belongs to the kinds field.
  if (parts.length >= 3 && typeof parts[1] === "number" && typeof parts[2] === "string") return parts.slice(0, 3);
  return null;
}
