/**
 * "Sent to a unit → the unit answers → the requester rates it": the part proposals and
 * suggestions share, and supervision letters and opinion-report feedback will. Each keeps its own
 * states (a proposal has review before and re-handling after); this is where each one stands in
 * the shared part, so lists, reminders and overdue marking read every kind alike.
 */
export const unitAnswerStages = ["notSent", "sent", "answered", "rated"] as const;
export type UnitAnswerStage = (typeof unitAnswerStages)[number];

export const unitAnswerStageLabels: Record<UnitAnswerStage, string> = {
  notSent: "待交办",
  sent: "办理中",
  answered: "已答复",
  rated: "已评价",
};

/** Only a unit that still owes its answer can be late: the stage deadlines and reminders read. */
export const awaitsUnit = (stage: UnitAnswerStage): boolean => stage === "sent";
