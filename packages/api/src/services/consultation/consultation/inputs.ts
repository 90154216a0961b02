import {
  adoptionResults,
  consultationFormatCodes,
  consultationStates,
  outcomeKinds,
  idField,
  pageInput,
} from "@cppcc/domain";
import { z } from "zod";
import { isoDate, reasonText, rowVersion } from "../shared/fields";

// Inputs of the consultation procedures that the domain does not define (it defines the draft).
const version = rowVersion;
const reason = reasonText("原因");

export const consultationListInput = pageInput
  .extend({
    year: z.number().int().min(2000).max(2100).nullish(),
    formatCode: z.enum(consultationFormatCodes, { error: "协商形式无效" }).nullish(),
    state: z.enum(consultationStates, { error: "状态无效" }).nullish(),
    townshipId: idField("镇街道").nullish(),
    /** City consultations only: those without a township (the township index serves both filters). */
    cityOnly: z.boolean().default(false),
    venueId: idField("协商场所").nullish(),
    planItemId: idField("计划项目").nullish(),
    /** 本周会议: meetings set for a day of the current Shanghai week (by the server's clock), not cancelled. */
    thisWeek: z.boolean().default(false),
  })
  .prefault({});
export type ConsultationListInput = z.infer<typeof consultationListInput>;

/** One step of the lifecycle; `type` is what `openEvents` lists for the buttons. */
export const consultationEventInput = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("plan") }),
    z.object({ type: z.literal("schedule"), date: isoDate("会议日期") }),
    z.object({ type: z.literal("postpone"), date: isoDate("新的会议日期").nullable().default(null), reason }),
    z.object({ type: z.literal("hold") }),
    z.object({
      type: z.literal("submitOutcome"),
      outcome: z.object({
        kind: z.enum(outcomeKinds, { error: "请选择成果类型：建议案、专题报告或协商报告" }),
        title: z.string({ error: "请填写成果文件标题" }).trim().max(100, "成果文件标题不能超过 100 个字"),
        document: z.string().trim().max(50_000, "成果正文不能超过 5 万字").default(""),
      }),
    }),
    z.object({
      type: z.literal("recordFeedback"),
      adoption: z.enum(adoptionResults, { error: "请选择采纳情况：采纳、部分采纳或留作参考" }),
      feedback: z.string({ error: "请填写反馈意见" }).trim().max(5000, "反馈意见不能超过 5000 个字"),
      followUpDate: isoDate("回头看日期").nullable().default(null),
    }),
    z.object({ type: z.literal("close") }),
    z.object({ type: z.literal("cancel"), reason }),
  ],
  { error: "请选择要进行的操作" },
);
export type ConsultationEventInput = z.infer<typeof consultationEventInput>;

export const consultationTransitionInput = z.object({ id: idField("协商"), version, event: consultationEventInput });
export type ConsultationTransitionInput = z.infer<typeof consultationTransitionInput>;

export const consultationStatsInput = z
  .object({
    fromYear: z.number().int().min(2000).max(2100).nullish(),
    toYear: z.number().int().min(2000).max(2100).nullish(),
    townshipId: idField("镇街道").nullish(),
  })
  .prefault({});
export type ConsultationStatsInput = z.infer<typeof consultationStatsInput>;
