import { z } from "zod";
import { suggestionDeadlineStatuses } from "../consultation/suggestion";

/** The liaison officer's home, all of their own township: topics to moderate, sessions to come, open items. */
export const liaisonHomeOutput = z.object({
  pendingTopics: z.object({
    count: z.number().int(),
    items: z.array(z.object({ id: z.string(), topic: z.string(), receiptNo: z.string().nullable(), createdAt: z.date() })),
  }),
  upcomingSessions: z.array(
    z.object({ id: z.string(), title: z.string(), plannedDate: z.string().nullable(), startTime: z.string().nullable(), place: z.string().nullable(), state: z.string() }),
  ),
  openItems: z.object({
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    total: z.number().int(),
    /** The most urgent few, overdue first, as the 销号清单 orders them. */
    items: z.array(
      z.object({
        id: z.string(),
        content: z.string(),
        consultationId: z.string(),
        handlingUnitName: z.string().nullable(),
        deadline: z.string().nullable(),
        status: z.enum(suggestionDeadlineStatuses),
        daysOverdue: z.number().int(),
      }),
    ),
  }),
});
export type LiaisonHome = z.infer<typeof liaisonHomeOutput>;
