import { router } from "../../trpc/procedures";
import { handlingProcedures } from "./handling";
import { readingProcedures } from "./reading";
import { reviewProcedures } from "./review";
import { statisticsProcedures } from "./statistics";
import { writingProcedures } from "./writing";

/**
 * Everything of proposals under one key. The steps are named as the domain's events (`submit`,
 * `startReview`, `file`, `assign`, `reply`, `evaluate`, …), so a screen can offer exactly the
 * `my.steps` that `proposal.get` returns.
 */
export const proposalRouter = router({
  ...readingProcedures,
  ...writingProcedures,
  ...reviewProcedures,
  ...handlingProcedures,
  ...statisticsProcedures,
});
