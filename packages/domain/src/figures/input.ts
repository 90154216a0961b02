import { z } from "zod";
import { idField } from "../id";

const year = z.number({ error: "请选择年度" }).int("年度须为整数").min(2000, "年度不能早于 2000 年").max(2100, "年度不能晚于 2100 年");

/** 数说's filters: a term, a year (both: the year within the term; neither: the latest term), a township, a sector. */
export const figuresInput = z.object({
  termId: idField("届次").nullish(),
  year: year.nullish(),
  townshipId: idField("镇街道").nullish(),
  sectorId: idField("界别").nullish(),
});
export type FiguresInput = z.infer<typeof figuresInput>;

/** The dashboard's months are one calendar year's. */
export const figuresTrendInput = figuresInput.extend({ year });
export type FiguresTrendInput = z.infer<typeof figuresTrendInput>;
