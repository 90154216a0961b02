import { createDb, hashPassword, insertAccounts, migrate, type DbKind } from "@cppcc/db";
import { demoPassword, seedDemo } from "@cppcc/db/seed";
import { sql } from "drizzle-orm";

/** What the bench database holds before the server starts: the demo city grown to `rosterSize` active members. */
export type Prepared = { councilMembers: number; committeeId: string; clickers: { username: string; memberId: string }[] };

/**
 * Seeds the demo city, grows its current term to `rosterSize` active members (copies of the
 * demo's own members with new phone numbers, so every invitee rule sees ordinary rows) and gives
 * `clickers` of them a login. Done before the server starts: PGlite belongs to one process, and
 * the server then finds the database seeded and leaves it as it is.
 */
export async function prepareDatabase(target: { kind: DbKind; databaseUrl?: string; dataDir: string }, rosterSize: number, clickers: number): Promise<Prepared> {
  // Two connections: migrate() holds its advisory lock on one and migrates on another.
  const handle = await createDb(target.kind === "postgres" ? { url: target.databaseUrl, poolSize: 2 } : { dataDir: target.dataDir });
  try {
    await migrate(handle);
    await seedDemo(handle.db);
    const db = handle.db;
    // postgres-js answers with the rows, PGlite with { rows }.
    const rows = <T>(query: ReturnType<typeof sql>) =>
      db.execute(query).then((r) => {
        const result = r as unknown as T[] | { rows: T[] };
        return Array.isArray(result) ? result : result.rows;
      });
    const [city] = await rows<{ council_id: string }>(sql`select council_id from account where username = 'admin'`);
    const councilId = city!.council_id;
    const [count] = await rows<{ n: number }>(sql`select count(*)::int as n from member where council_id = ${councilId} and status = 'active'`);
    const missing = rosterSize - count!.n;
    if (missing < 0) throw new Error(`the demo city already has ${count!.n} active members, more than BENCH_CHECKIN_INVITED=${rosterSize}`);
    await db.execute(sql`
      insert into member (council_id, term_id, name, name_initials, name_pinyin, gender, birth_date, ethnicity, party_affiliation,
                          employer_and_title, phone, post, sector_id, township_group_id)
      select m.council_id, m.term_id, m.name || g.n, m.name_initials, m.name_pinyin, m.gender, m.birth_date, m.ethnicity, m.party_affiliation,
             m.employer_and_title, '199' || lpad((row_number() over ())::text, 8, '0'), m.post, m.sector_id, m.township_group_id
      from member m cross join generate_series(1, ${Math.ceil(missing / Math.max(1, count!.n)) + 1}) g(n)
      where m.council_id = ${councilId} and m.status = 'active' and m.post = 'member'
      limit ${missing}`);
    const [grown] = await rows<{ n: number }>(sql`select count(*)::int as n from member where council_id = ${councilId} and status = 'active'`);
    const chosen = await rows<{ id: string }>(sql`
      select id from member m where council_id = ${councilId} and status = 'active'
        and not exists (select 1 from account a where a.member_id = m.id)
      order by id limit ${clickers}`);
    const hash = await hashPassword(demoPassword);
    await insertAccounts(
      db,
      chosen.map((m, i) => ({ councilId, username: clickerName(i), displayName: `签到委员${i + 1}`, passwordHash: hash, role: "member" as const, memberId: m.id })),
    );
    const [economy] = await rows<{ id: string }>(sql`select id from committee where council_id = ${councilId} and name = '经济委员会'`);
    return { councilMembers: grown!.n, committeeId: economy!.id, clickers: chosen.map((m, i) => ({ username: clickerName(i), memberId: m.id })) };
  } finally {
    await handle.close();
  }
}

const clickerName = (i: number) => `checkin-${i + 1}`;
