import { z } from "zod";
import { code, label, uniqueCodes } from "../ruleSet/fields";
import { dutyEntryRoles } from "./entry";
import { dutyEntryKinds } from "./kinds";

// Within a millionth: 0.29 × 100 is 28.999999999999996 in binary, and 0.29 is a fine score.
const points = z.number().finite().refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "分值最多保留两位小数");
const kind = z.string().refine((k) => dutyEntryKinds.includes(k), { error: (i) => `未知的履职记录类型 ${String(i.input)}` });
const text = z.string().trim().min(1, "内容不能为空").max(200, "内容不能超过 200 个字");
const kinds = z.array(kind).min(1, "至少选择一种履职记录");

/** A group of clauses whose sum is bounded: a cap on what it can add and a floor for deductions (扣完为止). */
export const evaluationCategorySchema = z
  .object({
    code,
    label,
    /** Points the category holds before any entry (e.g. meetings start at 50 and only lose points). */
    start: points.default(0),
    /** The most the category can reach in the table's year; an entry over it gets the remainder. */
    cap: points.nullable(),
    /** The least the category can fall to through deductions; null when the rule names none. */
    floor: points.nullable(),
  })
  .refine((c) => c.cap == null || c.start <= c.cap, { message: "起始分不能高于本类上限", path: ["start"] })
  .refine((c) => c.floor == null || c.floor <= c.start, { message: "扣分下限不能高于起始分", path: ["floor"] });

/** What an entry earns (or loses), and which entries it applies to. */
export const evaluationClauseSchema = z.object({
  code,
  label: text,
  category: code,
  kinds,
  /** Only entries in these roles; all roles when absent. */
  roles: z.array(z.enum(dutyEntryRoles)).min(1).optional(),
  /** Only entries adopted or awarded at these levels; any level when absent. */
  levels: z.array(code).min(1).optional(),
  /** Per entry; negative for a deduction. For a split clause, the value of the whole source. */
  points,
  /**
   * 「第一提案人得一半，其余联名人平分另一半」: when more than one member signs, the first proposer
   * gets `leadShare` of the points and each other signer an equal part of the rest.
   */
  split: z.object({ leadShare: z.number().gt(0, "第一提案人份额须大于0").max(1, "第一提案人份额不能超过1") }).optional(),
  /** The first n matching entries of the year earn nothing (e.g. Jinan rewards each *extra* filed proposal). */
  beyondFirst: z.number().int().min(0).default(0),
  /** The most this clause can add in the year, within its category's cap. */
  cap: points.min(0, "上限不能为负").nullable().default(null),
});

/** 「三个一」 and the like: at least `count` entries of these kinds in the year. */
export const evaluationMinimumSchema = z.object({
  code,
  label: text,
  kinds,
  count: z.number().int().min(1).default(1),
});

/** A grade band; bands run from the highest down and the last takes everything below the one before it. */
export const evaluationBandSchema = z.object({
  code,
  label,
  /** Lowest total in the band; null for the last band. */
  min: points.nullable(),
  consequence: text.optional(),
});

const trigger = { code, label: text, consequence: text };

/**
 * When a member's record calls for the office to act (激励约束退出机制): so many entries of some
 * kinds in a year or the term, a total below a mark so many years running, or none of some kinds
 * so many years running.
 */
export const exitTriggerSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("entryCount"), ...trigger, kinds, count: z.number().int().min(1), within: z.enum(["year", "term"]) }),
  z.object({ type: z.literal("lowScore"), ...trigger, below: points, years: z.number().int().min(1) }),
  z.object({ type: z.literal("noEntries"), ...trigger, kinds, years: z.number().int().min(1) }),
]);

const tableBody = z.object({
  schemaVersion: z.literal(1),
  name: z.string().trim().min(1, "名称不能为空").max(80, "名称不能超过 80 个字"),
  year: z.number().int().min(1949).max(2200),
  /** The published rule the table transcribes, shown beside every point it gives. */
  citation: text,
  /** Points every member starts with before any category (Jinan: 70). */
  base: points.default(0),
  categories: z.array(evaluationCategorySchema).min(1, "至少需要一个考评类别").superRefine(uniqueCodes),
  clauses: z.array(evaluationClauseSchema).superRefine(uniqueCodes),
  minimums: z.array(evaluationMinimumSchema).superRefine(uniqueCodes).default([]),
  bands: z.array(evaluationBandSchema).min(1, "至少需要一个档次").superRefine(uniqueCodes),
  exitTriggers: z.array(exitTriggerSchema).superRefine(uniqueCodes).default([]),
});

function crossChecks(t: z.infer<typeof tableBody>, ctx: z.RefinementCtx) {
  const categories = new Set(t.categories.map((c) => c.code));
  for (const [i, c] of t.clauses.entries())
    if (!categories.has(c.category)) ctx.addIssue({ code: "custom", path: ["clauses", i, "category"], message: `考评类别 ${c.category} 不存在，请先添加该类别` });
  for (const [i, b] of t.bands.entries()) {
    const last = i === t.bands.length - 1;
    if (last !== (b.min == null)) ctx.addIssue({ code: "custom", path: ["bands", i, "min"], message: last ? "最低档次不设下限" : "除最低档次外，每个档次都要有下限" });
    const prev = t.bands[i - 1]?.min;
    if (b.min != null && prev != null && b.min >= prev) ctx.addIssue({ code: "custom", path: ["bands", i, "min"], message: "档次须按下限从高到低排列" });
  }
}

/**
 * An evaluation table (量化考评表) of one council and year, a versioned JSON document like the rule
 * set. A draft can still change and every score under it is recomputed; a published table is the
 * year's rule and never changes (the API refuses edits to it).
 */
export const evaluationTableSchema = z.discriminatedUnion("status", [
  tableBody.extend({ status: z.literal("draft") }).superRefine(crossChecks),
  tableBody.extend({ status: z.literal("published") }).superRefine(crossChecks),
]);

export type EvaluationTableInput = z.input<typeof evaluationTableSchema>;
export type EvaluationTable = z.infer<typeof evaluationTableSchema>;
export type DraftEvaluationTable = Extract<EvaluationTable, { status: "draft" }>;
type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
/** Frozen in the type too: nothing that holds one can change it. */
export type PublishedEvaluationTable = DeepReadonly<Extract<EvaluationTable, { status: "published" }>>;
/** What scoring reads: either kind, and it changes neither. */
export type ReadonlyEvaluationTable = DeepReadonly<EvaluationTable>;
export type EvaluationCategory = z.infer<typeof evaluationCategorySchema>;
export type EvaluationClause = z.infer<typeof evaluationClauseSchema>;
export type EvaluationBand = z.infer<typeof evaluationBandSchema>;
export type ExitTrigger = z.infer<typeof exitTriggerSchema>;

/** Parses a table that must be published, for presets transcribing a year already in force. */
export function parsePublishedTable(input: EvaluationTableInput): PublishedEvaluationTable {
  const table = evaluationTableSchema.parse(input);
  if (table.status !== "published") throw new Error(`考评表「${table.name}」尚未发布`);
  return table;
}
