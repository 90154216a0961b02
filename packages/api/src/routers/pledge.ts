import { pledgeJudgeInput, pledgeListInput, pledgeSaveInput, pledgeYearInput } from "@cppcc/domain";
import { judgePledgeItem } from "../services/pledge/judge";
import { listPledges } from "../services/pledge/list";
import { myPledge } from "../services/pledge/mine";
import { savePledge } from "../services/pledge/save";
import { procedureFor, router } from "../trpc/procedures";

/** 履职承诺: a member's own pledge for a year; the office's view of a year's pledges checked against the record. */
export const pledgeRouter = router({
  mine: procedureFor("pledge.write").input(pledgeYearInput).query(({ ctx, input }) => myPledge({ ctx, input })),
  save: procedureFor("pledge.write").input(pledgeSaveInput).mutation(({ ctx, input }) => savePledge({ ctx, input })),
  list: procedureFor("pledge.review").input(pledgeListInput).query(({ ctx, input }) => listPledges({ ctx, input })),
  judge: procedureFor("pledge.review").input(pledgeJudgeInput).mutation(({ ctx, input }) => judgePledgeItem({ ctx, input })),
});
