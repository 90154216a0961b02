import { proposalCategories } from "./category";
import { cosignProblems } from "./cosign";
import { dutyEventsOnFile, dutyEventsOnSubmit } from "./dutyEvents";
import { parseProposalNumber } from "./number";
import { submitProblems } from "./proposal";
import { moveTo, refuseStep, type StepContext, type StepRule } from "./step";

/** From the member's draft to the decision to file or not (提交 → 预审 → 立案/不予立案). */

function completeness({ facts }: StepContext): string[] {
  return [...submitProblems(facts.proposal).map((v) => v.message), ...cosignProblems(facts.proposal.proposer)];
}

export const submit: StepRule<"submit"> = (ctx) => {
  const problems = completeness(ctx);
  if (problems.length > 0) return refuseStep(`还不能提交：${problems.join("；")}`);
  return moveTo({ ...ctx.state, status: "submitted", submittedOn: ctx.today }, dutyEventsOnSubmit(ctx.facts.proposal.proposer));
};

export const withdraw: StepRule<"withdraw"> = (ctx) => moveTo({ ...ctx.state, status: "withdrawn" });

export const startReview: StepRule<"startReview"> = (ctx) => moveTo({ ...ctx.state, status: "underReview" });

export const returnForRevision: StepRule<"returnForRevision"> = (ctx, event) => {
  const reasons = event.reasons.filter((r) => r.length > 0);
  if (reasons.length === 0) return refuseStep("请写明退回修改的理由，便于提案者修改");
  const max = ctx.rules.maxReviewRounds;
  // This review is round returns + 1; only a review before the last one may send it back.
  if (ctx.state.returns + 1 >= max) {
    return refuseStep(`本提案已审查 ${ctx.state.returns + 1} 轮，已达规则规定的 ${max} 轮上限，不能再退回修改，请作出立案或不予立案的决定`);
  }
  return moveTo({ ...ctx.state, status: "returned", returns: ctx.state.returns + 1, returnReasons: reasons });
};

export const resubmit: StepRule<"resubmit"> = (ctx) => {
  const problems = completeness(ctx);
  if (problems.length > 0) return refuseStep(`还不能重新提交：${problems.join("；")}`);
  return moveTo({ ...ctx.state, status: "submitted", submittedOn: ctx.today });
};

export const file: StepRule<"file"> = (ctx, event) => {
  if (!parseProposalNumber(event.number)) return refuseStep("提案编号格式应为 届-次-序号，如 13-2-015");
  if (event.category !== undefined && !proposalCategories.includes(event.category)) return refuseStep("请从提案类别中选择一项");
  return moveTo(
    { ...ctx.state, status: "filed", number: event.number.trim(), filedOn: ctx.today },
    dutyEventsOnFile(ctx.facts.proposal.proposer),
  );
};

export const notFile: StepRule<"notFile"> = (ctx, event) => {
  if (!ctx.rules.notFiledGrounds.some((g) => g.code === event.groundCode)) {
    return refuseStep("请从本会规则列出的不予立案理由中选择一项");
  }
  return moveTo({ ...ctx.state, status: "notFiled", notFiled: { groundCode: event.groundCode, conversion: event.conversion } });
};
