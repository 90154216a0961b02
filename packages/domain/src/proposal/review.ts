import { proposalCategories } from "./category";
import { cosignProblems } from "./cosign";
import { dutyEventsOnFile, dutyEventsOnSubmit } from "./dutyEvents";
import { parseProposalNumber } from "./number";
import { submitProblems } from "./proposal";
import { refusal, refused, type Refusal } from "../workflow/result";
import { moveTo, refuseStep, type StepContext, type StepRule } from "./step";

/** From the member's draft to the decision to file or not (提交 → 预审 → 立案/不予立案). */

/** Every reason the text or the co-signers are not ready, each its own refusal. */
function completeness({ facts }: StepContext): Refusal[] {
  return [
    ...submitProblems(facts.proposal).map((v) => refusal("incomplete", v.message, "rule", v.path)),
    ...cosignProblems(facts.proposal.proposer).map((m) => refusal("cosigners", m, "rule", "cosigners")),
  ];
}

export const submit: StepRule<"submit"> = (ctx) => {
  const [first, ...rest] = completeness(ctx);
  if (first) return refused(first, ...rest);
  return moveTo({ ...ctx.state, status: "submitted", submittedOn: ctx.today }, dutyEventsOnSubmit(ctx.facts.proposal.proposer));
};

export const withdraw: StepRule<"withdraw"> = (ctx) => moveTo({ ...ctx.state, status: "withdrawn" });

export const startReview: StepRule<"startReview"> = (ctx) => moveTo({ ...ctx.state, status: "underReview" });

export const returnForRevision: StepRule<"returnForRevision"> = (ctx, event) => {
  const reasons = event.reasons.filter((r) => r.length > 0);
  if (reasons.length === 0) return refuseStep("reasonMissing", "请写明退回修改的理由，便于提案者修改", "rule", "reasons");
  const max = ctx.rules.maxReviewRounds;
  // This review is round returns + 1; only a review before the last one may send it back.
  if (ctx.state.returns + 1 >= max) {
    return refuseStep("reviewRounds", `本提案已审查 ${ctx.state.returns + 1} 轮，已达规则规定的 ${max} 轮上限，不能再退回修改，请作出立案或不予立案的决定`);
  }
  return moveTo({ ...ctx.state, status: "returned", returns: ctx.state.returns + 1, returnReasons: reasons });
};

export const resubmit: StepRule<"resubmit"> = (ctx) => {
  const [first, ...rest] = completeness(ctx);
  if (first) return refused(first, ...rest);
  return moveTo({ ...ctx.state, status: "submitted", submittedOn: ctx.today });
};

export const file: StepRule<"file"> = (ctx, event) => {
  if (!parseProposalNumber(event.number)) return refuseStep("number", "提案编号格式应为 届-次-序号，如 13-2-015", "rule", "number");
  if (event.category !== undefined && !proposalCategories.includes(event.category)) return refuseStep("category", "请从提案类别中选择一项", "rule", "category");
  return moveTo(
    { ...ctx.state, status: "filed", number: event.number.trim(), filedOn: ctx.today },
    dutyEventsOnFile(ctx.facts.proposal.proposer),
  );
};

export const notFile: StepRule<"notFile"> = (ctx, event) => {
  if (!ctx.rules.notFiledGrounds.some((g) => g.code === event.groundCode)) {
    return refuseStep("groundCode", "请从本会规则列出的不予立案理由中选择一项", "rule", "groundCode");
  }
  return moveTo({ ...ctx.state, status: "notFiled", notFiled: { groundCode: event.groundCode, conversion: event.conversion } });
};
