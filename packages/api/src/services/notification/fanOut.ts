import type { DbOrTx } from "@cppcc/db";
import { notificationKindInfo } from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { rawRows } from "../rawRows";
import { deliverJobKind } from "./deliver";
import { notificationKindDefs } from "./kinds/registry";
import type { FanOutPayload } from "./notify";

export type FanOutOptions = { now: Date; /** Immediate notifications get a delivery job only when some channel can carry it. */ channels: boolean };

/**
 * Writes one event's notifications, one per recipient, in one statement whatever their number (an
 * invitation to a whole plenary): INSERT … SELECT from the kind's recipients, keyed
 * `<event>:<account>` with ON CONFLICT DO NOTHING, so a job run again adds nothing. Each row
 * fixes its delivery from the person's choice (or the kind's default; a mandatory kind switched
 * off is delivered by default), and the immediate ones get their delivery job in the same
 * statement. Answers how many notifications were written now.
 */
export async function fanOut(db: DbOrTx, councilId: string, payload: FanOutPayload, options: FanOutOptions): Promise<number> {
  const def = notificationKindDefs[payload.kind];
  if (!def) throw new Error(`no notification kind ${payload.kind} is registered`);
  const data = def.payload.parse(payload.data);
  const text = await def.text(db, councilId, data);
  if (!text) return 0;
  const info = notificationKindInfo[payload.kind];
  // As text: postgres-js takes no Date inside raw SQL.
  const now = sql`${options.now.toISOString()}::timestamptz`;
  const delivery = sql`case when p.delivery is null or (p.delivery = 'off' and ${info.mandatory}) then ${info.defaultDelivery} else p.delivery end`;
  const [row] = await rawRows<{ written: number }>(
    db,
    sql`with r as (${def.recipients(councilId, data)}),
    written as (
      insert into notification (council_id, account_id, kind, key, title, body, link, subject_entity, subject_id, created_at, done_at, delivery)
      select distinct on (a.id) ${councilId}::uuid, a.id, ${payload.kind}, ${payload.event} || ':' || a.id::text, ${text.title}, ${text.body},
        ${JSON.stringify(text.link)}::jsonb, ${def.subjectEntity(data)}, r.subject_id::text, ${now},
        case when r.done or not ${def.asks} then ${now} end, ${delivery}
      from r
      join account a on a.council_id = ${councilId} and a.id = r.account_id and a.disabled_at is null
      left join notification_preference p on p.council_id = ${councilId} and p.account_id = a.id and p.kind = ${payload.kind}
      order by a.id
      on conflict (council_id, key) do nothing
      returning id, delivery
    ),
    queued as (
      insert into outbox (council_id, kind, key, payload, run_at)
      select ${councilId}::uuid, ${deliverJobKind}, 'deliver:' || w.id::text, jsonb_build_object('notificationId', w.id), ${now}
      from written w where w.delivery = 'immediate' and ${options.channels}
      on conflict (council_id, key) do nothing
    )
    select count(*)::int as written from written`,
  );
  return row?.written ?? 0;
}
