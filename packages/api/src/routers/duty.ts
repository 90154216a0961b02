import { dutyAddEntryInput, dutyRankingInput, dutyRecordInput, dutyRecordWarningActionInput, dutyRevokeEntryInput, dutyWarningsInput } from "@cppcc/domain";
import { addDutyEntry } from "../services/duty/addEntry";
import { exportDutyRanking } from "../services/duty/exportRanking";
import { exportDutyWarnings } from "../services/duty/exportWarnings";
import { dutyRanking } from "../services/duty/ranking";
import { dutyRecord } from "../services/duty/record";
import { recordWarningAction } from "../services/duty/recordWarningAction";
import { revokeDutyEntry } from "../services/duty/revokeEntry";
import { dutyWarnings } from "../services/duty/warnings";
import { procedureFor, router } from "../trpc/procedures";

/** 履职档案: a member's record and score, what the office adds by hand, the ranking and the warnings it works through. */
export const dutyRouter = router({
  record: procedureFor("duty.read").input(dutyRecordInput).query(({ ctx, input }) => dutyRecord({ ctx, input })),
  addEntry: procedureFor("duty.manage").input(dutyAddEntryInput).mutation(({ ctx, input }) => addDutyEntry({ ctx, input })),
  revokeEntry: procedureFor("duty.manage").input(dutyRevokeEntryInput).mutation(({ ctx, input }) => revokeDutyEntry({ ctx, input })),
  ranking: procedureFor("duty.rank").input(dutyRankingInput).query(({ ctx, input }) => dutyRanking({ ctx, input })),
  exportRanking: procedureFor("duty.rank").input(dutyRankingInput).mutation(({ ctx, input }) => exportDutyRanking({ ctx, input })),
  warnings: procedureFor("duty.rank").input(dutyWarningsInput).query(({ ctx, input }) => dutyWarnings({ ctx, input })),
  exportWarnings: procedureFor("duty.rank").input(dutyWarningsInput).mutation(({ ctx, input }) => exportDutyWarnings({ ctx, input })),
  recordWarningAction: procedureFor("duty.manage").input(dutyRecordWarningActionInput).mutation(({ ctx, input }) => recordWarningAction({ ctx, input })),
});
