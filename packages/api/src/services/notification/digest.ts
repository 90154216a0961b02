import type { DbOrTx } from "@cppcc/db";
import { endOfShanghaiDay, type CalendarDate } from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { rawRows } from "../rawRows";
import { deliverJobKind } from "./deliver";

export const digestJobKind = "notification.digest";
export const digestJobKey = (day: CalendarDate) => `${digestJobKind}:${day}`;

/**
 * 每日汇总 for one council and one Shanghai day, in two statements whatever the number of people:
 * every person with a notification delivered by digest, written before the day ended and carried
 * by no digest yet, gets their digest of that day and its one delivery job; then each such
 * notification records the digest that carries it, found by the digest's unique key (a lookup per
 * row, whatever the planner believes of the tables). The notification keeps its digest, so a job
 * that runs late takes what it finds and the next day's job the rest: none dropped, none twice.
 * The update locks what it marks and re-reads it, so two days' jobs running at once on two servers
 * take turns over a notification rather than both carrying it (a digest left empty sends nothing).
 */
export async function buildDigests(db: DbOrTx, councilId: string, day: CalendarDate, options: { now: Date; channels: boolean }) {
  if (!options.channels) return { digests: 0, notifications: 0 };
  const now = sql`${options.now.toISOString()}::timestamptz`;
  const waiting = sql`n.council_id = ${councilId} and n.delivery = 'digest' and n.digest_id is null
    and n.created_at < ${endOfShanghaiDay(day).toISOString()}::timestamptz
    and exists (select 1 from account a where a.council_id = n.council_id and a.id = n.account_id and a.disabled_at is null)`;
  const [opened] = await rawRows<{ digests: number }>(
    db,
    sql`with digests as (
      insert into notification_digest (council_id, account_id, day, created_at)
      select distinct ${councilId}::uuid, n.account_id, ${day}::date, ${now} from notification n where ${waiting}
      on conflict (council_id, account_id, day) do update set day = excluded.day
      returning id
    ),
    queued as (
      insert into outbox (council_id, kind, key, payload, run_at)
      select ${councilId}::uuid, ${deliverJobKind}, 'deliver:digest:' || d.id::text, jsonb_build_object('digestId', d.id), ${now} from digests d
      on conflict (council_id, key) do nothing
    )
    select count(*)::int as digests from digests`,
  );
  const [marked] = await rawRows<{ notifications: number }>(
    db,
    sql`with marked as (
      update notification n set digest_id = d.id from notification_digest d
      where d.council_id = ${councilId} and d.account_id = n.account_id and d.day = ${day}::date and ${waiting}
      returning n.id
    )
    select count(*)::int as notifications from marked`,
  );
  return { digests: opened?.digests ?? 0, notifications: marked?.notifications ?? 0 };
}
