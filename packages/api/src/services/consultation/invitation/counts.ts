import { consultationInvitation, type DbOrTx } from "@cppcc/db";
import { invitationStates, type InvitationState } from "@cppcc/domain";
import { count, eq } from "drizzle-orm";

/** Replies per state for one consultation, counted in SQL (a plenary invites every member). */
export async function invitationCountsOf(db: DbOrTx, consultationId: string): Promise<Record<InvitationState, number>> {
  const rows = await db
    .select({ state: consultationInvitation.state, n: count() })
    .from(consultationInvitation)
    .where(eq(consultationInvitation.consultationId, consultationId))
    .groupBy(consultationInvitation.state);
  const counts = Object.fromEntries(invitationStates.map((s) => [s, 0])) as Record<InvitationState, number>;
  for (const r of rows) counts[r.state] = r.n;
  return counts;
}
