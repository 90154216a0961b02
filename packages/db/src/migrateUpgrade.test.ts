import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { DbHandle } from "./client";
import { distributionViolations } from "./distributionCheck";
import { migrate } from "./migrate";
import { migrationsBefore } from "./migrationsBefore";
import { createTestDb } from "./testing";

const ids = {
  council: "00000000-0000-4000-8000-000000000001",
  other: "00000000-0000-4000-8000-000000000002",
  township: "00000000-0000-4000-8000-000000000011",
  term: "00000000-0000-4000-8000-000000000021",
  session: "00000000-0000-4000-8000-000000000022",
  sector: "00000000-0000-4000-8000-000000000031",
  group: "00000000-0000-4000-8000-000000000032",
  member: "00000000-0000-4000-8000-000000000041",
  staff: "00000000-0000-4000-8000-000000000051",
  memberLogin: "00000000-0000-4000-8000-000000000052",
  proposal: "00000000-0000-4000-8000-000000000061",
};

/** A council with a roster, two logins, a session, audit, timeline and duty rows, and a proposal with its history, written in the old schema. */
async function fillOldSchema(handle: DbHandle) {
  const run = (q: ReturnType<typeof sql>) => handle.db.execute(q);
  await run(sql`insert into council (id, name, level, rule_set) values
    (${ids.council}, '示例市政协', 'city', '{}'), (${ids.other}, '另一市政协', 'city', '{}')`);
  await run(sql`insert into township (id, council_id, name, kind) values (${ids.township}, ${ids.council}, '党湖街道', 'subdistrict')`);
  await run(sql`insert into term (id, council_id, number, start_date, end_date) values (${ids.term}, ${ids.council}, 11, '2022-01-01', '2026-12-31')`);
  await run(sql`insert into term_session (id, council_id, term_id, number, start_date, end_date)
    values (${ids.session}, ${ids.council}, ${ids.term}, 3, '2024-01-10', '2024-01-14')`);
  await run(sql`insert into sector (id, council_id, name, group_number, group_name) values (${ids.sector}, ${ids.council}, '经济界', 1, '第一组')`);
  await run(sql`insert into township_group (id, council_id, township_id, name) values (${ids.group}, ${ids.council}, ${ids.township}, '党湖组')`);
  await run(sql`insert into member (id, council_id, term_id, name, name_initials, name_pinyin, gender, birth_date, ethnicity,
      party_affiliation, employer_and_title, phone, post, sector_id, township_group_id)
    values (${ids.member}, ${ids.council}, ${ids.term}, '张三', 'zs', 'zhangsan', 'male', '1970-01-01', '汉族',
      'cpc', '市住建局 局长', '13800000000', 'member', ${ids.sector}, ${ids.group})`);
  await run(sql`insert into account (id, council_id, username, display_name, password_hash, role, member_id) values
    (${ids.staff}, ${ids.council}, 'office', '办公室', 'x', 'office', null),
    (${ids.memberLogin}, ${ids.council}, 'zhangsan', '张三', 'x', 'member', ${ids.member})`);
  await run(sql`insert into session (token_hash, account_id, council_id, expires_at) values ('t1', ${ids.memberLogin}, ${ids.council}, now() + interval '1 day')`);
  await run(sql`insert into audit_log (council_id, account_id, action, entity, entity_id, occurred_at) values (${ids.council}, ${ids.staff}, 'account.create', 'account', ${ids.memberLogin}, now())`);
  await run(sql`insert into timeline_entry (council_id, entity, entity_id, at, actor_account_id, label)
    values (${ids.council}, 'account', ${ids.memberLogin}, now(), ${ids.staff}, '开通账号')`);
  await run(sql`insert into duty_ledger (council_id, member_id, kind, occurred_at, source_table, source_id, recorded_at)
    values (${ids.council}, ${ids.member}, 'attendance', now(), 'consultation_attendance', 'a1', now())`);
  await run(sql`insert into proposal (id, council_id, session_id, proposer_kind, lead_member_id, state)
    values (${ids.proposal}, ${ids.council}, ${ids.session}, 'individual', ${ids.member}, '{}')`);
  await run(sql`insert into proposal_event (council_id, proposal_id, type, account_id) values (${ids.council}, ${ids.proposal}, 'created', ${ids.memberLogin})`);
}

const count = async (handle: DbHandle, table: string) => {
  const result = (await handle.db.execute(sql.raw(`select count(*)::int as n from "${table}"`))) as unknown as { n: number }[] | { rows: { n: number }[] };
  return (Array.isArray(result) ? result : result.rows)[0]!.n;
};

/** drizzle wraps the driver's error; the constraint's name is in the cause, on both drivers. */
const refusedBy = (constraint: string) => ({ cause: { message: expect.stringContaining(constraint) } });

describe("upgrading a database that holds data to the citus keys", () => {
  let handle: DbHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it("keeps every row, claims the usernames in use, and then keeps references inside a council", async () => {
    handle = await createTestDb(migrationsBefore("_citus_keys"));
    await fillOldSchema(handle);

    await migrate(handle);

    expect(await distributionViolations(handle.db)).toEqual([]);
    const tables = ["account", "session", "member", "proposal", "proposal_event", "audit_log", "timeline_entry", "duty_ledger"];
    expect(await Promise.all(tables.map((t) => count(handle!, t)))).toEqual([2, 1, 1, 1, 1, 1, 1, 1]);
    const claimed = (await handle.db.execute(sql`select username, council_id as "councilId", account_id as "accountId" from account_username order by username`)) as unknown as
      | { username: string }[]
      | { rows: { username: string }[] };
    expect(Array.isArray(claimed) ? claimed : claimed.rows).toEqual([
      { username: "office", councilId: ids.council, accountId: ids.staff },
      { username: "zhangsan", councilId: ids.council, accountId: ids.memberLogin },
    ]);
    // The same member id seen from another council is no longer a row to point at.
    await expect(
      handle.db.execute(sql`insert into account (council_id, username, display_name, password_hash, role, member_id)
        values (${ids.other}, 'elsewhere', '他处', 'x', 'member', ${ids.member})`),
    ).rejects.toMatchObject(refusedBy("account_member_id_fk"));
    // A taken username stays taken for every council.
    await expect(
      handle.db.execute(sql`insert into account_username (username, council_id, account_id) values ('office', ${ids.other}, gen_random_uuid())`),
    ).rejects.toMatchObject(refusedBy("account_username_pkey"));
  });
});
