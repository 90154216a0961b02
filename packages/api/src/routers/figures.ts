import { figuresInput, figuresTrendInput } from "@cppcc/domain";
import { exportFigures } from "../services/figures/export";
import { figures } from "../services/figures/figures";
import { figuresTrend } from "../services/figures/trend";
import { procedureFor, router } from "../trpc/procedures";

/** 数说: the figures a report publishes, counted from the records, their months, and the Excel file. */
export const figuresRouter = router({
  get: procedureFor("figures.read").input(figuresInput).query(({ ctx, input }) => figures({ ctx, input })),
  trend: procedureFor("figures.read").input(figuresTrendInput).query(({ ctx, input }) => figuresTrend({ ctx, input })),
  export: procedureFor("figures.read").input(figuresInput).mutation(({ ctx, input }) => exportFigures({ ctx, input })),
});
