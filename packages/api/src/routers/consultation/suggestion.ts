import { extensionRequestInput, memberSuggestionInput, suggestionInput } from "@cppcc/domain";
import { requestSuggestionExtension, suggestionExtensions } from "../../services/consultation/suggestion/extension";
import { idInput } from "../../services/consultation/shared/fields";
import { getSuggestion } from "../../services/consultation/suggestion/get";
import {
  openItemsInput,
  suggestionAnswerInput,
  suggestionCloseInput,
  suggestionListInput,
  suggestionReturnInput,
  suggestionRouteInput,
} from "../../services/consultation/suggestion/inputs";
import { listSuggestions } from "../../services/consultation/suggestion/list";
import { openItems } from "../../services/consultation/suggestion/openItems";
import { recordSuggestion, submitSuggestion } from "../../services/consultation/suggestion/record";
import { answerSuggestion, closeSuggestion, returnSuggestion, routeSuggestion } from "../../services/consultation/suggestion/transition";
import { procedureFor, router } from "../../trpc/procedures";

/** 意见建议 from recording to closing: each step names its own permission. */
export const suggestionRouter = router({
  list: procedureFor("suggestion.read")
    .input(suggestionListInput)
    .query(({ ctx, input }) => listSuggestions({ ctx, input })),
  get: procedureFor("suggestion.read")
    .input(idInput("意见建议"))
    .query(({ ctx, input }) => getSuggestion({ ctx, input })),
  openItems: procedureFor("suggestion.read")
    .input(openItemsInput)
    .query(({ ctx, input }) => openItems({ ctx, input })),
  record: procedureFor("suggestion.record")
    .input(suggestionInput)
    .mutation(({ ctx, input }) => recordSuggestion({ ctx, input })),
  submit: procedureFor("suggestion.submit")
    .input(memberSuggestionInput)
    .mutation(({ ctx, input }) => submitSuggestion({ ctx, input })),
  route: procedureFor("suggestion.route")
    .input(suggestionRouteInput)
    .mutation(({ ctx, input }) => routeSuggestion({ ctx, input })),
  recall: procedureFor("suggestion.route")
    .input(suggestionReturnInput)
    .mutation(({ ctx, input }) => returnSuggestion({ ctx, input, by: "recall" })),
  decline: procedureFor("suggestion.answer")
    .input(suggestionReturnInput)
    .mutation(({ ctx, input }) => returnSuggestion({ ctx, input, by: "decline" })),
  answer: procedureFor("suggestion.answer")
    .input(suggestionAnswerInput)
    .mutation(({ ctx, input }) => answerSuggestion({ ctx, input })),
  /** 申请延期 by the unit it is routed to; the office decides through deadlineExtension.decide. */
  requestExtension: procedureFor("suggestion.answer")
    .input(idInput("意见建议").extend(extensionRequestInput.shape))
    .mutation(({ ctx, input }) => requestSuggestionExtension({ ctx, input })),
  extensions: procedureFor("suggestion.read")
    .input(idInput("意见建议"))
    .query(({ ctx, input }) => suggestionExtensions({ ctx, input })),
  close: procedureFor("suggestion.close")
    .input(suggestionCloseInput)
    .mutation(({ ctx, input }) => closeSuggestion({ ctx, input })),
});
