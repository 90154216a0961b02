import { z } from "zod";
import { yearField } from "../duty/recordInput";
import { idField } from "../id";
import { annualReportSectionKeys, annualReportStatuses } from "./annualReport";
import { pledgeableKinds } from "./pledge";

const year = yearField;
const text = (what: string, max: number) => z.string({ error: `请填写${what}` }).trim().min(1, `请填写${what}`).max(max, `${what}不能超过 ${max} 个字`);

export const pledgeItemInput = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("count"),
      kind: z.enum(pledgeableKinds as [string, ...string[]], { error: "请选择承诺的履职事项" }),
      target: z.number({ error: "请填写承诺次数" }).int("承诺次数须为整数").min(1, "承诺次数至少为 1").max(100, "承诺次数不能超过 100"),
    }),
    z.object({ type: z.literal("text"), text: text("承诺内容", 200) }),
  ],
  { error: "承诺事项的类型无效" },
);

export const pledgeYearInput = z.object({ year });
export type PledgeYearInput = z.infer<typeof pledgeYearInput>;

export const pledgeSaveInput = z.object({
  year,
  items: z.array(pledgeItemInput).min(1, "请至少填写一项承诺").max(20, "承诺事项不能超过 20 项"),
});
export type PledgeSaveInput = z.infer<typeof pledgeSaveInput>;

export const pledgeListInput = z.object({ year, show: z.enum(["all", "unmet", "toJudge"]).default("all") });
export type PledgeListInput = z.infer<typeof pledgeListInput>;

export const pledgeJudgeInput = z.object({
  pledgeId: idField("承诺"),
  index: z.number().int().min(0, "承诺事项无效"),
  met: z.boolean({ error: "请选择是否完成" }),
  note: z.string().trim().max(200, "认定说明不能超过 200 个字").default(""),
});
export type PledgeJudgeInput = z.infer<typeof pledgeJudgeInput>;

const sections = z.object(
  Object.fromEntries(annualReportSectionKeys.map((k) => [k, z.string({ error: "述职内容无效" }).max(5000, "每部分不能超过 5000 个字")])) as Record<
    (typeof annualReportSectionKeys)[number],
    z.ZodString
  >,
);

export const annualReportYearInput = z.object({ year });
export type AnnualReportYearInput = z.infer<typeof annualReportYearInput>;

/** `version` is the one read: a save or submit from a stale screen (the office returned it meanwhile) is a conflict. */
export const annualReportSaveInput = z.object({ year, sections, version: z.number().int().min(0) });
export type AnnualReportSaveInput = z.infer<typeof annualReportSaveInput>;

export const annualReportListInput = z.object({ year, status: z.enum(["missing", ...annualReportStatuses]).nullish() });
export type AnnualReportListInput = z.infer<typeof annualReportListInput>;

export const annualReportReturnInput = z.object({ id: idField("述职报告"), version: z.number().int().min(1), reason: text("退回理由", 300) });
export type AnnualReportReturnInput = z.infer<typeof annualReportReturnInput>;

/** The submitted reports to print: the ones named, or every submitted one of the year. */
export const annualReportPrintInput = z.object({ year, ids: z.array(idField("述职报告")).max(500).nullish() });
export type AnnualReportPrintInput = z.infer<typeof annualReportPrintInput>;
