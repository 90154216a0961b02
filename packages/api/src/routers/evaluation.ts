import { evaluationTableGetInput, evaluationTablePublishInput, evaluationTableSaveInput } from "@cppcc/domain";
import { getEvaluationTable } from "../services/evaluation/getTable";
import { publishEvaluationTable } from "../services/evaluation/publish";
import { saveEvaluationDraft } from "../services/evaluation/saveDraft";
import { procedureFor, router } from "../trpc/procedures";

/** The council's evaluation table (量化考评表) per year: the office drafts it, then publishes and freezes it. */
export const evaluationRouter = router({
  table: router({
    get: procedureFor("evaluation.manage").input(evaluationTableGetInput).query(({ ctx, input }) => getEvaluationTable({ ctx, input })),
    saveDraft: procedureFor("evaluation.manage").input(evaluationTableSaveInput).mutation(({ ctx, input }) => saveEvaluationDraft({ ctx, input })),
    publish: procedureFor("evaluation.manage").input(evaluationTablePublishInput).mutation(({ ctx, input }) => publishEvaluationTable({ ctx, input })),
  }),
});
