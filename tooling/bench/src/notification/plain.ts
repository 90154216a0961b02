import { notification, type DbHandle } from "@cppcc/db";
import { sql, type SQL } from "drizzle-orm";

export type Db = DbHandle["db"];
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export async function rowsOf<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/**
 * The baseline of the fan-out: the same notification rows, their values computed in the client,
 * inserted by one multi-row statement in chunks under the driver's parameter limit — the least a
 * writer of these rows could do, with no recipients query, no preferences and no keys checked.
 */
export async function plainFanOut(tx: Tx, councilId: string, consultationId: string, people: { account_id: string }[], now: Date): Promise<number> {
  const invitations = await rowsOf<{ id: string; account_id: string }>(
    tx,
    sql`select i.id, a.id as account_id from consultation_invitation i join account a on a.council_id = i.council_id and a.member_id = i.member_id
      where i.consultation_id = ${consultationId}`,
  );
  const rows = invitations.map((i) => ({
    councilId,
    accountId: i.account_id,
    kind: "consultation.invited",
    key: `consultation.invited:${consultationId}:${i.account_id}`,
    title: "邀请您参加「通知基准」",
    body: "请回复参加或请假",
    link: { app: "portal" as const, path: `/activities/${consultationId}` },
    subjectEntity: "consultation_invitation",
    subjectId: i.id,
    createdAt: now,
    delivery: "digest" as const,
  }));
  for (let i = 0; i < rows.length; i += 4000) await tx.insert(notification).values(rows.slice(i, i + 4000));
  void people;
  return rows.length;
}

/**
 * The baseline of the digests: the same digest rows, their delivery jobs and each notification's
 * digest written plainly — ids known in the client, no day boundary, no locks, no check.
 */
export async function plainDigests(tx: Tx, councilId: string, consultationId: string, day: string): Promise<number> {
  const notes = await rowsOf<{ id: string; account_id: string }>(tx, sql`select id, account_id from notification where link ->> 'path' = ${`/activities/${consultationId}`}`);
  const accounts = [...new Set(notes.map((n) => n.account_id))];
  const digests = await rowsOf<{ id: string; account_id: string }>(
    tx,
    sql`insert into notification_digest (council_id, account_id, day) select ${councilId}::uuid, unnest(${`{${accounts.join(",")}}`}::uuid[]), ${day}::date returning id, account_id`,
  );
  const byAccount = new Map(digests.map((d) => [d.account_id, d.id]));
  await tx.execute(
    sql`update notification n set digest_id = v.digest_id from (select unnest(${`{${notes.map((n) => n.id).join(",")}}`}::uuid[]) as id, unnest(${`{${notes.map((n) => byAccount.get(n.account_id)).join(",")}}`}::uuid[]) as digest_id) v
      where n.council_id = ${councilId} and n.id = v.id`,
  );
  await tx.execute(
    sql`insert into outbox (council_id, kind, key, payload) select ${councilId}::uuid, 'notification.deliver', 'deliver:digest:' || d, jsonb_build_object('digestId', d) from unnest(${`{${digests.map((d) => d.id).join(",")}}`}::uuid[]) d`,
  );
  return digests.length;
}
