import { percentText, type FiguresInput } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { writeSheet } from "../excel/workbook";
import { figures } from "./figures";

export const figuresExportHeader = ["项目", "数值", "单位", "统计口径", "所属模块", "说明"] as const;

/** 数说 as an .xlsx: the screen's figures with their definitions, and the reason where there is no number. */
export async function exportFigures({ ctx, input }: { ctx: SignedInContext; input: FiguresInput }) {
  const report = await figures({ ctx, input });
  const rows: string[][] = [
    [...figuresExportHeader],
    ...report.figures.map((f) => [
      f.label,
      f.status !== "counted" || f.value === null ? "" : f.unit === "%" ? percentText(f.value) : String(f.value),
      f.unit,
      f.definition,
      f.moduleLabel,
      f.note ?? "",
    ]),
  ];
  const narrowed = [report.scope.township, report.scope.sector].filter(Boolean).map((x) => `-${x}`).join("");
  return { fileName: `数说-${report.period.label}${narrowed}.xlsx`, rows: report.figures.length, file: await writeSheet(`数说（${report.period.label}）`, rows) };
}
