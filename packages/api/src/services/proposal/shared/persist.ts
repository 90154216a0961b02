import { proposal, type DbOrTx } from "@cppcc/db";
import type { ProposalState } from "@cppcc/domain";
import { eq, sql } from "drizzle-orm";
import type { ProposalRow } from "./row";

/** The state and the columns lists filter on, always written together so they cannot disagree. */
export function stateColumns(state: ProposalState) {
  return {
    state,
    status: state.status,
    number: state.number,
    submittedOn: state.submittedOn,
    filedOn: state.filedOn,
    dueOn: state.dueOn,
    mergeGroupId: state.mergeGroupId,
    isKey: state.keyProposal !== null,
  };
}

/** Writes the new state (and any other columns) and moves the version on, at the service's `now`. */
export async function saveState(
  tx: DbOrTx,
  row: ProposalRow,
  state: ProposalState,
  now: Date,
  extra: Partial<typeof proposal.$inferInsert> = {},
): Promise<ProposalRow> {
  const [after] = await tx
    .update(proposal)
    .set({ ...extra, ...stateColumns(state), version: sql`${proposal.version} + 1`, updatedAt: now })
    .where(eq(proposal.id, row.id))
    .returning();
  return after!;
}

/** What a mutation hands back: enough to update the screen and to send the next change. */
export function summaryOf(row: ProposalRow) {
  return { id: row.id, version: row.version, status: row.status, number: row.number };
}
export type ProposalSummary = ReturnType<typeof summaryOf>;
