import type { ProposalDetail, ProposalOptions } from "../../shared/types";

/** What every step dialog gets: the proposal as read (its version), the council's options, and how to finish. */
export type StepDialogProps = {
  proposal: ProposalDetail;
  options: ProposalOptions;
  onClose: () => void;
  /** The step was taken: close, say so, and read the proposal again. */
  onDone: (message: string) => void;
  onRefresh: () => void;
};
