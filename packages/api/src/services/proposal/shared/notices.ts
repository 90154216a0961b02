import type { DbOrTx } from "@cppcc/db";
import { assignedUnitsOf, type NotificationKind, type ProposalEvent, type ProposalStatus } from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { unitAccounts } from "../../notification/kinds/audiences";
import { markNotificationsDone } from "../../notification/done";
import { notify } from "../../notification/notify";
import type { OutboxEntry } from "../../outbox/enqueue";
import type { ProposalRow } from "./row";

const handling: readonly ProposalStatus[] = ["assigned", "rehandling"];
const unitWork: NotificationKind[] = ["proposal.assigned", "deadline.approaching", "deadline.overdue"];

/**
 * Whom a proposal step asks something of: the proposer when it is returned, decided on, or
 * replied to (to evaluate); the units it is assigned to. Each event is named by the proposal's new
 * version, so a step retried by its request id adds nothing, and a second round is told afresh.
 */
export function proposalNotices(before: ProposalRow, after: ProposalRow, event: ProposalEvent, now: Date): OutboxEntry[] {
  const c = after.councilId;
  const proposalId = after.id;
  switch (event.type) {
    case "returnForRevision":
      return [notify(c, "proposal.returned", `proposal.returned:${proposalId}:${after.version}`, { proposalId, reasons: event.reasons }, now)];
    case "file":
      return [notify(c, "proposal.filed", `proposal.filed:${proposalId}`, { proposalId, filed: true, conversion: null }, now)];
    case "notFile":
      return [notify(c, "proposal.filed", `proposal.notFiled:${proposalId}`, { proposalId, filed: false, conversion: event.conversion }, now)];
    case "assign":
    case "reassign": {
      const earlier = new Set(event.type === "reassign" ? (before.state.assignment?.units.map((u) => u.handlingUnitId) ?? []) : []);
      const unitIds = assignedUnitsOf(event.assignment)
        .map((u) => u.handlingUnitId)
        .filter((u) => !earlier.has(u));
      return unitIds.length === 0 ? [] : [notify(c, "proposal.assigned", `proposal.assigned:${proposalId}:${after.version}`, { proposalId, unitIds }, now)];
    }
    case "reply":
      return after.status === "replied" ? [notify(c, "proposal.replied", `proposal.replied:${proposalId}:${after.version}`, { proposalId }, now)] : [];
    default:
      return [];
  }
}

/**
 * What a step settles, in its transaction: a resubmitted or withdrawn proposal is no longer
 * waiting for its proposer; a unit that replied, sent its opinion or returned the assignment has
 * done its part (its assignment and deadline notices); a proposal that left handling settles every
 * unit's and the office's; an evaluation settles the request to evaluate.
 */
export async function settleProposalNotifications(tx: DbOrTx, before: ProposalRow, after: ProposalRow, event: ProposalEvent, unitId: string | null, now: Date) {
  const subject = { councilId: after.councilId, entity: "proposal", id: after.id };
  if (event.type === "resubmit" || event.type === "withdraw") await markNotificationsDone(tx, { ...subject, kinds: ["proposal.returned"] }, now);
  if (event.type === "evaluate") await markNotificationsDone(tx, { ...subject, kinds: ["proposal.replied"] }, now);
  if (unitId && (event.type === "reply" || event.type === "sendCoOpinion" || event.type === "returnAssignment")) {
    await markNotificationsDone(tx, { ...subject, kinds: unitWork, accounts: unitAccounts(sql`${unitId}::uuid`) }, now);
  }
  if (event.type === "reassign") {
    const kept = new Set(assignedUnitsOf(event.assignment).map((u) => u.handlingUnitId));
    for (const u of before.state.assignment?.units ?? []) {
      if (!kept.has(u.handlingUnitId)) await markNotificationsDone(tx, { ...subject, kinds: unitWork, accounts: unitAccounts(sql`${u.handlingUnitId}::uuid`) }, now);
    }
  }
  if (handling.includes(before.status) && !handling.includes(after.status)) await markNotificationsDone(tx, { ...subject, kinds: unitWork }, now);
}
