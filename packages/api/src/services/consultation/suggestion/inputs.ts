import { idField, officeSuggestionStatuses, pageInput, suggestionResults, suggestionStates } from "@cppcc/domain";
import { z } from "zod";
import { isoDate, reasonText, rowVersion } from "../shared/fields";

const step = { id: idField("意见建议"), version: rowVersion };

/** Without a deadline the council's answer period (rule set: suggestionAnswerDays) applies. */
export const suggestionRouteInput = z.object({
  ...step,
  handlingUnitId: idField("承办单位"),
  deadline: isoDate("答复期限").nullish(),
});
export const suggestionReturnInput = z.object({ ...step, reason: reasonText("理由") });
export const suggestionAnswerInput = z.object({
  ...step,
  answer: z.string({ error: "请填写答复内容" }).trim().max(5000, "答复内容不能超过 5000 个字"),
});
export const suggestionCloseInput = z.object({
  ...step,
  result: z.enum(suggestionResults, { error: "请选择办理结果：落实、部分落实或未落实" }),
  reason: reasonText("原因").default(""),
});
export type SuggestionRouteInput = z.infer<typeof suggestionRouteInput>;
export type SuggestionReturnInput = z.infer<typeof suggestionReturnInput>;
export type SuggestionAnswerInput = z.infer<typeof suggestionAnswerInput>;
export type SuggestionCloseInput = z.infer<typeof suggestionCloseInput>;

export const suggestionListInput = pageInput
  .extend({
    consultationId: idField("协商").nullish(),
    state: z.enum(suggestionStates, { error: "状态无效" }).nullish(),
    handlingUnitId: idField("承办单位").nullish(),
    townshipId: idField("镇街道").nullish(),
  })
  .prefault({});
export type SuggestionListInput = z.infer<typeof suggestionListInput>;

/** The open-items list (销号清单) of one township; the office may leave it out for the whole council. */
export const openItemsInput = pageInput
  .extend({
    townshipId: idField("镇街道").nullish(),
    /** Only the overdue or only the due-soon items (the office home's counts link here). */
    status: z.enum(officeSuggestionStatuses, { error: "请选择逾期或临期" }).nullish(),
  })
  .prefault({});
export type OpenItemsInput = z.infer<typeof openItemsInput>;
