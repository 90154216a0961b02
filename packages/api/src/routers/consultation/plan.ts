import { approveYearPlan } from "../../services/consultation/plan/approve";
import { getPlan } from "../../services/consultation/plan/get";
import { planApproveInput, planListInput, planSaveInput, planYearInput } from "../../services/consultation/plan/inputs";
import { listPlans } from "../../services/consultation/plan/list";
import { savePlan } from "../../services/consultation/plan/save";
import { procedureFor, router } from "../../trpc/procedures";

/** 年度协商计划: the city office drafts, approves and follows it. */
export const planRouter = router({
  list: procedureFor("consultationPlan.read")
    .input(planListInput)
    .query(({ ctx, input }) => listPlans({ ctx, input })),
  get: procedureFor("consultationPlan.read")
    .input(planYearInput)
    .query(({ ctx, input }) => getPlan({ ctx, input })),
  save: procedureFor("consultationPlan.manage")
    .input(planSaveInput)
    .mutation(({ ctx, input }) => savePlan({ ctx, input })),
  approve: procedureFor("consultationPlan.manage")
    .input(planApproveInput)
    .mutation(({ ctx, input }) => approveYearPlan({ ctx, input })),
});
