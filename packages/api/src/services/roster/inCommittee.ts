import { member, membership, type DbOrTx } from "@cppcc/db";
import { and, eq, exists, isNull, sql, type SQL } from "drizzle-orm";

/** The member (of the outer query) sits on the committee now: an open committee membership. */
export function inCommittee(db: DbOrTx, committeeId: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(membership)
      .where(and(eq(membership.memberId, member.id), eq(membership.kind, "committee"), eq(membership.targetId, committeeId), isNull(membership.endDate))),
  );
}
