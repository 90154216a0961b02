import { z } from "zod";
import { label } from "../ruleSet/fields";

/**
 * The consultation section of a council's rule set: what differs between cities in running
 * consultations and deliberations. (Reception-hall star ranges already live at the rule set's top
 * level as `receptionHallStars`; venue rules read them from there.) Suggestion categories are not
 * here: suggestions share the proposals' fixed list (proposal/category.ts).
 */
export const consultationRuleSetSchema = z
  .object({
    /** Days a handling unit has to answer a routed suggestion, the default deadline offered when routing. */
    suggestionAnswerDays: z.number().int("答复期限须为整数").min(1, "答复期限至少 1 天").max(180, "答复期限不能超过 180 天"),
    /** Days before the deadline from which an open suggestion is shown as due soon (临期). */
    suggestionDueSoonDays: z.number().int("临期提醒天数须为整数").min(0, "临期提醒天数不能为负").max(30, "临期提醒天数不能超过 30 天"),
    /** Seconds a QR check-in code stays valid before the screen shows the next one. */
    checkInCodeSeconds: z.number().int("签到码有效期须为整数").min(15, "签到码有效期至少 15 秒").max(600, "签到码有效期不能超过 600 秒"),
    /**
     * Minutes before a meeting's start time that check-in opens (a meeting without a start time
     * opens at 00:00 of its day); it closes at the end of the meeting day.
     */
    checkInOpensMinutesBefore: z
      .number()
      .int("签到提前开放时间须为整数")
      .min(0, "签到提前开放时间不能为负")
      .max(240, "签到最多提前 240 分钟开放"),
    /** The words a council uses for a closed suggestion's result; the codes are fixed, the labels are not. */
    suggestionResultLabels: z.object({ implemented: label, partlyImplemented: label, notImplemented: label }),
  })
  .superRefine((r, ctx) => {
    if (r.suggestionDueSoonDays >= r.suggestionAnswerDays) {
      ctx.addIssue({ code: "custom", path: ["suggestionDueSoonDays"], message: "临期提醒天数须少于答复期限" });
    }
  });

export type ConsultationRuleSet = z.infer<typeof consultationRuleSetSchema>;

/**
 * Zhejiang practice: a month to answer, a reminder a week before, a QR code that rotates every
 * minute, check-in opening half an hour before the meeting starts.
 */
export const defaultConsultationRuleSet: ConsultationRuleSet = consultationRuleSetSchema.parse({
  suggestionAnswerDays: 30,
  suggestionDueSoonDays: 7,
  checkInCodeSeconds: 60,
  checkInOpensMinutesBefore: 30,
  suggestionResultLabels: { implemented: "落实", partlyImplemented: "部分落实", notImplemented: "未落实" },
});
