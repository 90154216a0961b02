import { officeHomeFilters, shanghaiDate, type OfficeHome, type ProposalStatus } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { listConsultations } from "../consultation/consultation/list";
import { pendingLeaves } from "../consultation/invitation/pendingLeaves";
import { getPlan } from "../consultation/plan/get";
import { openItems } from "../consultation/suggestion/openItems";
import { pendingExtensionCount } from "../extension/pending";
import { listProposals } from "../proposal/read/list";
import { overdueList } from "../proposal/read/overdue";
import { recentActivity } from "./activity";

/** How many proposals the review queue lists for these statuses, across every session (as the home's link asks). */
async function proposalTotal(ctx: SignedInContext, statuses: readonly ProposalStatus[]) {
  const page = await listProposals({ ctx, input: { statuses: [...statuses], order: "oldest", limit: 1 } });
  return page.total ?? 0;
}

/**
 * The office's home of today's work. Every count is read through the very service of the list
 * it links to (with that list's filter), never a query of its own, so the two cannot disagree:
 * the overdue lists' rules, the rule set's deadlines and extensions apply as they do there.
 */
export async function officeHome({ ctx }: { ctx: SignedInContext }): Promise<OfficeHome> {
  const planYear = Number(shanghaiDate(ctx.clock.now()).slice(0, 4));
  const [awaitingReview, awaitingAssignment, overdueTasks, dueSoonTasks, leaves, week, plan, pendingExtensions, overdue, dueSoon, activity] = await Promise.all([
    proposalTotal(ctx, officeHomeFilters.awaitingReview),
    proposalTotal(ctx, officeHomeFilters.awaitingAssignment),
    overdueList({ ctx, input: { window: "overdue" } }),
    overdueList({ ctx, input: { window: "dueSoon" } }),
    pendingLeaves({ ctx, input: { limit: 1 } }),
    // Every meeting of the week, city and township alike (the list's scope=all).
    listConsultations({ ctx, input: { thisWeek: true, cityOnly: false, limit: 1 } }),
    getPlan({ ctx, input: { year: planYear } }),
    pendingExtensionCount(ctx),
    openItems({ ctx, input: { status: "overdue", limit: 1 } }),
    openItems({ ctx, input: { status: "dueSoon", limit: 1 } }),
    recentActivity(ctx, 10),
  ]);
  return {
    counts: {
      awaitingReview,
      awaitingAssignment,
      overdueProposalTasks: overdueTasks.length,
      dueSoonProposalTasks: dueSoonTasks.length,
      pendingLeaves: leaves.total ?? 0,
      meetingsThisWeek: week.total ?? 0,
      planItemsDue: plan?.items.filter((i) => i.awaitingSchedule).length ?? 0,
      pendingExtensions,
      overdueSuggestions: overdue.summary.overdue,
      dueSoonSuggestions: dueSoon.summary.dueSoon,
    },
    planYear,
    activity,
  };
}
