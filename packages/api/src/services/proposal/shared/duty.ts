import { dutyEvent, type DbOrTx } from "@cppcc/db";
import type { ProposalDutyEvent } from "@cppcc/domain";

/**
 * The duty events a transition returned, sourced to the proposal. The unique key (member, kind,
 * source) makes a retried or repeated step count once.
 */
export async function writeProposalDuty(
  tx: DbOrTx,
  councilId: string,
  proposalId: string,
  events: readonly ProposalDutyEvent[],
  occurredAt: Date,
): Promise<void> {
  if (events.length === 0) return;
  await tx
    .insert(dutyEvent)
    .values(events.map((e) => ({ councilId, memberId: e.memberId, kind: e.kind, occurredAt, sourceTable: "proposal", sourceId: proposalId })))
    .onConflictDoNothing();
}
