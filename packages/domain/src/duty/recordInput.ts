import { z } from "zod";
import { idField } from "../id";

/** An evaluation, pledge or report year. */
export const yearField = z.number({ error: "请选择年度" }).int("年度须为整数").min(2000, "年度不能早于 2000 年").max(2100, "年度不能晚于 2100 年");

/** A member's record for one year: a member asks for their own (no memberId), the office names one. */
export const dutyRecordInput = z.object({ memberId: idField("委员").nullish(), year: yearField });
export type DutyRecordInput = z.infer<typeof dutyRecordInput>;

/** The office's ranking by total; every filter is optional and they combine. */
export const dutyRankingInput = z.object({
  year: yearField,
  sectorId: idField("界别").nullish(),
  townshipGroupId: idField("委员小组").nullish(),
  committeeId: idField("专委会").nullish(),
  standing: z.boolean().nullish(),
});
export type DutyRankingInput = z.infer<typeof dutyRankingInput>;

export const dutyYearInput = z.object({ year: yearField });
