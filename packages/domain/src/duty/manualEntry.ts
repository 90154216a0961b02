import { z } from "zod";
import { plannedDutyEntryLabels } from "../evaluation/kinds";
import { idField } from "../id";
import { isoDate } from "../roster/fields";

/**
 * What the office may record by hand: the kinds no module writes yet (调研报告, 表彰, 公益活动, the
 * plenary until its module lands…). Kinds the platform records itself (a proposal filed, a
 * consultation attended) are refused, so a point is never counted twice.
 */
export const manualDutyEntryKinds = Object.keys(plannedDutyEntryLabels) as (keyof typeof plannedDutyEntryLabels)[];

const reason = (what: string, max: number) => z.string({ error: `请填写${what}` }).trim().min(1, `请填写${what}`).max(max, `${what}不能超过 ${max} 个字`);

export const dutyAddEntryInput = z.object({
  memberId: idField("委员"),
  kind: z.enum(manualDutyEntryKinds as [string, ...string[]], { error: "请选择平台外履职的类型（平台上办理的事项由平台自动记录）" }),
  occurredOn: isoDate("发生日期"),
  description: reason("事项说明", 500),
  evidence: reason("佐证材料说明", 500),
  /** Where it was adopted or awarded (a rule-set adoption level code), for tables that score by level. */
  level: z.string().trim().min(1).max(40).nullish(),
});
export type DutyAddEntryInput = z.infer<typeof dutyAddEntryInput>;

export const dutyRevokeEntryInput = z.object({
  id: idField("平台外履职记录"),
  reason: reason("撤销原因", 200),
});
export type DutyRevokeEntryInput = z.infer<typeof dutyRevokeEntryInput>;
