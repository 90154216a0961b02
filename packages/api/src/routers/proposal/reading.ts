import { exportList } from "../../services/proposal/export/list";
import { exportListInput, keyListInput, listInput, overdueInput, proposalRef } from "../../services/proposal/inputs";
import { getProposal } from "../../services/proposal/read/get";
import { keyProposals } from "../../services/proposal/read/keyProposals";
import { listProposals } from "../../services/proposal/read/list";
import { proposalOptions } from "../../services/proposal/read/options";
import { overdueList } from "../../services/proposal/read/overdue";
import { proposalTimeline } from "../../services/proposal/read/timeline";
import { procedureFor } from "../../trpc/procedures";

/** Reading, for every role within its scope (staff: council; liaison: township; unit: assigned; member: own). */
export const readingProcedures = {
  /** Sessions (with the one to default to), the council's proposal rules, current handling units. */
  options: procedureFor("proposal.read").query(({ ctx }) => proposalOptions({ ctx })),
  list: procedureFor("proposal.read")
    .input(listInput)
    .query(({ ctx, input }) => listProposals({ ctx, input })),
  get: procedureFor("proposal.read")
    .input(proposalRef)
    .query(({ ctx, input }) => getProposal({ ctx, input })),
  timeline: procedureFor("proposal.read")
    .input(proposalRef)
    .query(({ ctx, input }) => proposalTimeline({ ctx, input })),
  keyProposals: procedureFor("proposal.read")
    .input(keyListInput)
    .query(({ ctx, input }) => keyProposals({ ctx, input })),
  /** The filtered list as .xlsx (base64). */
  exportList: procedureFor("proposal.read")
    .input(exportListInput)
    .mutation(({ ctx, input }) => exportList({ ctx, input })),
  /** Replies and co-unit opinions past their last day: staff see all, a unit its own. */
  overdue: procedureFor("proposal.handle")
    .input(overdueInput)
    .query(({ ctx, input }) => overdueList({ ctx, input })),
};
