import { z } from "zod";

/** Building blocks every rule-set section uses, so all sections speak the same dialect. */
export const code = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "代码须为英文字母开头的字母数字");
export const label = z.string().trim().min(1, "名称不能为空").max(40, "名称不能超过 40 个字");

export const labelled = z.object({ code, label });

/**
 * For `.superRefine` on a list: one issue per repeated code, at the repeated item, so an editor
 * can find it. Put on the list itself (not the document) so it runs even when another section
 * of the document is wrong.
 */
export function uniqueCodes(list: { code: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const [i, item] of list.entries()) {
    if (seen.has(item.code)) ctx.addIssue({ code: "custom", path: [i, "code"], message: `代码 ${item.code} 重复` });
    seen.add(item.code);
  }
}
