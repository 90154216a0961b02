import { z } from "zod";

/**
 * A council's rule set: the rules that differ between cities, kept as data (a versioned JSON
 * document stored per council). Later areas add their own sections here.
 */
const code = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "代码须为英文字母开头的字母数字");
const label = z.string().trim().min(1, "名称不能为空").max(40, "名称不能超过 40 个字");

const labelled = z.object({ code, label });

function uniqueCodes(list: { code: string }[], ctx: z.RefinementCtx, path: string) {
  const seen = new Set<string>();
  for (const [i, item] of list.entries()) {
    if (seen.has(item.code)) ctx.addIssue({ code: "custom", path: [path, i, "code"], message: `代码 ${item.code} 重复` });
    seen.add(item.code);
  }
}

export const ruleSetSchema = z
  .object({
    schemaVersion: z.literal(1),
    name: label,
    /** Levels at which an opinion report or an outcome can be adopted (采用), highest first. */
    adoptionLevels: z.array(labelled).min(1, "至少需要一个采用级别"),
    /** Star ratings of member reception halls (委员会客厅星级). */
    receptionHallStars: z
      .object({ min: z.number().int().min(1).max(5), max: z.number().int().min(1).max(5) })
      .refine((s) => s.min <= s.max, "最低星级不能高于最高星级"),
  })
  .superRefine((r, ctx) => uniqueCodes(r.adoptionLevels, ctx, "adoptionLevels"));

export type RuleSet = z.infer<typeof ruleSetSchema>;
