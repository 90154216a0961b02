import type { DbOrTx } from "@cppcc/db";
import type { NotificationKind } from "@cppcc/domain";
import { sql, type SQL } from "drizzle-orm";

export type DoneSubject = {
  councilId: string;
  entity: string;
  id: string;
  /** Only these kinds (an answered invitation settles the invitation, not the leave decision). */
  kinds: readonly NotificationKind[];
  /** Only these recipients, as a condition on `account a` (one unit's handlers when that unit replied). */
  accounts?: SQL;
};

/**
 * Marks the open notifications about a record done, in the transaction of the action that did
 * what they asked: they leave 待办 exactly when the action commits. One written later by a job
 * that lagged behind reads the record's state itself and is written done (see `fanOut`).
 */
export async function markNotificationsDone(tx: DbOrTx, subject: DoneSubject, now: Date): Promise<void> {
  if (subject.kinds.length === 0) return;
  const kinds = sql.join(
    subject.kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  const accounts = subject.accounts ? sql`and n.account_id in (select a.id from account a where a.council_id = ${subject.councilId} and ${subject.accounts})` : sql``;
  await tx.execute(
    sql`update notification n set done_at = ${now.toISOString()}::timestamptz
      where n.council_id = ${subject.councilId} and n.subject_entity = ${subject.entity} and n.subject_id = ${subject.id}
        and n.done_at is null and n.kind in (${kinds}) ${accounts}`,
  );
}
