import { z } from "zod";
import type { ProposalStatus } from "../proposal/status";

/**
 * What the office's home counts, written once so the count (server) and the list it links to
 * (the app's address) use the same filter: a count that disagrees with its list is a lie.
 */
export const officeHomeFilters = {
  /** 待审查: submitted, or taken up for review and not yet decided. */
  awaitingReview: ["submitted", "underReview"] as readonly ProposalStatus[],
  /** 待交办: filed and not yet assigned, or sent back by the unit it was assigned to. */
  awaitingAssignment: ["filed", "assignmentReturned"] as readonly ProposalStatus[],
} as const;

/** The open suggestion statuses the office home counts (销号清单's urgency, from the rule set's deadlines). */
export const officeSuggestionStatuses = ["overdue", "dueSoon"] as const;
export type OfficeSuggestionStatus = (typeof officeSuggestionStatuses)[number];

export const activityEntities = ["proposal", "consultation", "consultation_plan", "consultation_suggestion", "deadline_extension", "member", "resident_topic"] as const;
export type ActivityEntity = (typeof activityEntities)[number];

export const officeHomeOutput = z.object({
  counts: z.object({
    awaitingReview: z.number().int(),
    awaitingAssignment: z.number().int(),
    overdueProposalTasks: z.number().int(),
    /** 临期: replies and co-opinions due today or within the farthest reminder. */
    dueSoonProposalTasks: z.number().int(),
    /** 待审批请假 across the council's meetings. */
    pendingLeaves: z.number().int(),
    /** 本周会议: meetings set for a day of this Shanghai week. */
    meetingsThisWeek: z.number().int(),
    /** 计划待安排: this year's plan items whose quarter has come and that have no date yet. */
    planItemsDue: z.number().int(),
    pendingExtensions: z.number().int(),
    overdueSuggestions: z.number().int(),
    dueSoonSuggestions: z.number().int(),
  }),
  /** The plan year the count above was read from, so the tile opens that year's plan. */
  planYear: z.number().int(),
  activity: z.array(
    z.object({
      id: z.number().int(),
      who: z.string(),
      what: z.string(),
      entity: z.enum(activityEntities),
      entityId: z.string(),
      /** The record's own name (a proposal's or consultation's title), where it has one. */
      subject: z.string().nullable(),
      at: z.date(),
    }),
  ),
});
export type OfficeHome = z.infer<typeof officeHomeOutput>;
