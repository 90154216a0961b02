import { z } from "zod";
import { extensionStatuses, extensionSubjectKinds } from "../extension/extension";

/** How far back the unit's home shows the office's decisions on its extension requests. */
export const decidedExtensionDays = 30;

/** The handling unit's home: its own proposals, suggestions and extension decisions, each count as its list counts it. */
export const handlerHomeOutput = z.object({
  proposals: z.object({
    /** 待办理: assigned to it or sent back for re-handling (the 待办理 tab). */
    awaitingReply: z.number().int(),
    /** Its replies and co-opinions due within the farthest reminder, and those past their last day. */
    dueSoon: z.number().int(),
    overdue: z.number().int(),
    /** Co-handling opinions it still owes the lead unit. */
    coOpinionsToGive: z.number().int(),
    /** The longest waiting few. */
    oldest: z.array(z.object({ id: z.string(), number: z.string().nullable(), title: z.string(), status: z.string() })),
  }),
  suggestions: z.object({ awaitingAnswer: z.number().int(), dueSoon: z.number().int(), overdue: z.number().int() }),
  extensionsDecided: z.array(
    z.object({
      id: z.string(),
      subjectKind: z.enum(extensionSubjectKinds),
      subjectId: z.string(),
      title: z.string(),
      status: z.enum(extensionStatuses),
      requestedDueOn: z.string(),
      grantedDueOn: z.string().nullable(),
      decisionNote: z.string().nullable(),
      decidedAt: z.date(),
    }),
  ),
});
export type HandlerHome = z.infer<typeof handlerHomeOutput>;
