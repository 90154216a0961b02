import { proposalEvent, type DbOrTx } from "@cppcc/db";
import { and, eq } from "drizzle-orm";

/** Was this request (by the client's id for it) already carried out on the proposal? Its timeline line says so. */
export async function alreadyDone(tx: DbOrTx, proposalId: string, requestId: string | null | undefined): Promise<boolean> {
  if (!requestId) return false;
  const [row] = await tx
    .select({ id: proposalEvent.id })
    .from(proposalEvent)
    .where(and(eq(proposalEvent.proposalId, proposalId), eq(proposalEvent.requestId, requestId)))
    .limit(1);
  return row !== undefined;
}
