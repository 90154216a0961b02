import { memberPostLabels, RuleViolation, type DutyRankingInput } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { writeSheet } from "../excel/workbook";
import { dutyRanking } from "./ranking";

/** The ranking as the office sees it, with each category's subtotal, as an .xlsx. */
export async function exportDutyRanking({ ctx, input }: { ctx: SignedInContext; input: DutyRankingInput }) {
  const ranking = await dutyRanking({ ctx, input });
  if (!ranking.table) throw new RuleViolation(`${input.year} 年度还没有考评表，请先在“考评表”中建立后再导出排名`);
  const categories = ranking.items[0]?.categories ?? [];
  const rows: string[][] = [
    ["名次", "姓名", "职务", "界别", "委员小组", ...categories.map((c) => c.label), "总分", "档次", "未达基本要求", "记录条数"],
    ...ranking.items.map((it) => [
      String(it.rank),
      it.name,
      memberPostLabels[it.post],
      it.sector,
      it.townshipGroup,
      ...it.categories.map((c) => String(c.subtotal)),
      String(it.total),
      it.band.label,
      it.unmetMinimums.join("、"),
      String(it.entries),
    ]),
  ];
  const status = ranking.table?.status === "draft" ? "（草稿）" : "";
  return { fileName: `履职考评排名-${input.year}${status}.xlsx`, rows: ranking.items.length, file: await writeSheet(`${input.year}年度履职考评`, rows) };
}
