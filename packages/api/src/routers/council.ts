import { councilOverview } from "../services/council/overview";
import { procedureFor, router } from "../trpc/procedures";

export const councilRouter = router({
  overview: procedureFor("council.read").query(({ ctx }) => councilOverview({ ctx })),
});
