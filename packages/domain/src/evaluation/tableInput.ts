import { z } from "zod";
import type { Violation } from "../errors";
import { evaluationPresets } from "./presets";
import { evaluationTableSchema, type DraftEvaluationTable, type ReadonlyEvaluationTable } from "./schema";

const year = z.number({ error: "请选择年度" }).int("年度须为整数").min(2000, "年度不能早于 2000 年").max(2100, "年度不能晚于 2100 年");
const presetNames = Object.keys(evaluationPresets) as [keyof typeof evaluationPresets, ...(keyof typeof evaluationPresets)[]];

export const evaluationTableGetInput = z.object({ year });

/**
 * Saving a year's draft: the whole table (checked field by field by the service, so each problem
 * names its place), or a start — a preset or the table of another year of the council. `version`
 * is the one read (null when the year has no table yet): a stale one gets CONFLICT.
 */
export const evaluationTableSaveInput = z
  .object({
    year,
    version: z.number().int().min(1).nullable(),
    document: z.unknown().optional(),
    startFrom: z.union([z.object({ preset: z.enum(presetNames, { error: "请选择预设考评表" }) }), z.object({ year })]).optional(),
  })
  .refine((i) => (i.document === undefined) !== (i.startFrom === undefined), { message: "请提供考评表内容，或选择从预设或往年考评表开始", path: ["document"] });
export type EvaluationTableSaveInput = z.infer<typeof evaluationTableSaveInput>;

export const evaluationTablePublishInput = z.object({ year, version: z.number().int().min(1) });

/** A copy of a table as the given year's draft: a start the office then edits, never the original. */
export function draftFrom(table: ReadonlyEvaluationTable, year: number): DraftEvaluationTable {
  const copy = structuredClone(table) as unknown as DraftEvaluationTable;
  return { ...copy, status: "draft", year };
}

const sections: Record<string, string> = { categories: "考评类别", clauses: "计分规则", minimums: "基本要求", bands: "档次", exitTriggers: "退出情形" };

/**
 * Checks a table the office sends for one year and says where each problem is in words a person
 * finds on the form (「计分规则第3条：分值最多保留两位小数」). A published document cannot be sent:
 * publishing is its own step, so the year cannot be frozen by a save.
 */
export function checkDraftTable(document: unknown, forYear: number): { table: DraftEvaluationTable } | { violations: Violation[] } {
  const parsed = evaluationTableSchema.safeParse(document);
  if (!parsed.success) {
    return {
      violations: parsed.error.issues.map((issue) => {
        const [section, index] = issue.path;
        const where = typeof section === "string" && sections[section] ? `${sections[section]}${typeof index === "number" ? `第${index + 1}条` : ""}：` : "";
        return { path: issue.path.join("."), message: `${where}${issue.message}` };
      }),
    };
  }
  const table = parsed.data;
  if (table.status !== "draft") return { violations: [{ path: "status", message: "保存只能保存草稿，发布请使用“发布”" }] };
  if (table.year !== forYear) return { violations: [{ path: "year", message: `考评表年度为 ${table.year}，与所选年度 ${forYear} 不一致` }] };
  return { table };
}
