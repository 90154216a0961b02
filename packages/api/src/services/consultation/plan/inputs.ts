import { idField, pageInput, planItemInput } from "@cppcc/domain";
import { z } from "zod";
import { rowVersion } from "../shared/fields";

const year = z.number({ error: "请填写年度" }).int("年度须为整数").min(2000, "年度不能早于 2000 年").max(2100, "年度不能晚于 2100 年");

export const planYearInput = z.object({ year });

/**
 * The whole draft plan as the form holds it. Items keep their id across saves, so a consultation
 * already linked to an item stays linked; an item without id is new. `version` is null only when
 * the year has no plan yet.
 */
export const planSaveInput = z.object({
  year,
  version: rowVersion.nullable(),
  items: z.array(planItemInput.extend({ id: idField("计划项目").optional() })).max(300, "一年的计划不能超过 300 项"),
});
export type PlanSaveInput = z.infer<typeof planSaveInput>;

export const planApproveInput = z.object({ year, version: rowVersion });

export const planListInput = pageInput.prefault({});
