import { memberPostLabels, RuleViolation, type DutyWarningsInput } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { writeSheet } from "../excel/workbook";
import { dutyWarnings } from "./warnings";

/** The warnings list as the office works through it: each member, why, and what has been done. */
export async function exportDutyWarnings({ ctx, input }: { ctx: SignedInContext; input: DutyWarningsInput }) {
  const warnings = await dutyWarnings({ ctx, input });
  if (!warnings.table) throw new RuleViolation(`${input.year} 年度还没有考评表，请先在“考评表”中建立后再导出预警名单`);
  const rows: string[][] = [
    ["姓名", "职务", "界别", "委员小组", "总分", "档次", "预警原因", "建议措施", "已采取的措施"],
    ...warnings.items.map((it) => [
      it.name,
      memberPostLabels[it.post],
      it.sector,
      it.townshipGroup,
      String(it.total),
      it.band.label,
      it.reasons.map((r) => `${r.rule}：${r.text}`).join("\n"),
      it.reasons.map((r) => r.consequence ?? "").filter(Boolean).join("\n"),
      it.actions.map((a) => `${a.actedOn} ${a.actionLabel}：${a.note}`).join("\n"),
    ]),
  ];
  const status = warnings.table.status === "draft" ? "（草稿）" : "";
  return { fileName: `履职预警-${input.year}${status}.xlsx`, rows: warnings.items.length, file: await writeSheet(`${input.year}年度履职预警`, rows) };
}
