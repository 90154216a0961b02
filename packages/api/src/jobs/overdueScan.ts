import { markOverdueSuggestions } from "../services/consultation/suggestion/markOverdue";
import { remindDeadlines } from "../services/notification/reminders";
import { markOverdueProposals } from "../services/proposal/handling/markOverdue";
import type { JobHandler } from "./types";

export const overdueScanKind = "overdue-scan";

/** The key of a council's scan for one Shanghai day: enqueued by every server, kept once. */
export const overdueScanKey = (day: string) => `${overdueScanKind}:${day}`;

/** The daily scan, as the system: marks the council's overdue proposal tasks and suggestions (each telling the unit and the office), and reminds of deadlines coming. */
export const overdueScan: JobHandler = async (ctx) => {
  await markOverdueProposals({ ctx });
  await markOverdueSuggestions({ ctx });
  await remindDeadlines({ ctx });
};
