import { exportStatistics } from "../../services/proposal/export/statistics";
import { statisticsInput } from "../../services/proposal/inputs";
import { proposalStatisticsReport } from "../../services/proposal/statistics/statistics";
import { procedureFor } from "../../trpc/procedures";

/** The figures offices report, for the council (staff) or a township (liaison). */
export const statisticsProcedures = {
  statistics: procedureFor("proposal.statistics")
    .input(statisticsInput)
    .query(({ ctx, input }) => proposalStatisticsReport({ ctx, input })),
  /** The same figures as .xlsx (base64). */
  exportStatistics: procedureFor("proposal.statistics")
    .input(statisticsInput)
    .mutation(({ ctx, input }) => exportStatistics({ ctx, input })),
};
