import { hashPassword } from "@cppcc/db";
import { demoPassword } from "@cppcc/db/seed";
import type postgres from "postgres";
import { login } from "./http";

export type Member = { memberId: string; username: string };
export type SignedIn = Member & { cookie: string };

/**
 * Logins for `count` active members of the demo city who have none, provisioned as the office
 * does (one account per member, the demo password). One hash serves them all: argon2 costs
 * tens of milliseconds, and what is under test is the check-in, not the hashing.
 */
export async function memberAccounts(sql: postgres.Sql, count: number): Promise<Member[]> {
  const [admin] = await sql<[{ councilId: string }]>`select council_id as "councilId" from account where username = 'admin'`;
  const members = await sql<{ id: string }[]>`
    select m.id from member m
    where m.council_id = ${admin.councilId} and m.status = 'active'
      and not exists (select 1 from account a where a.member_id = m.id)
    order by m.id limit ${count}`;
  if (members.length < count) throw new Error(`the demo city has ${members.length} active members without a login, ${count} needed`);
  const passwordHash = await hashPassword(demoPassword);
  const rows = members.map((m, i) => ({
    council_id: admin.councilId,
    username: `two-servers-${i}`,
    display_name: `并发测试委员${i}`,
    password_hash: passwordHash,
    role: "member",
    member_id: m.id,
  }));
  // As insertAccounts does: each username claimed in the reference table that keeps it unique.
  await sql.begin(async (tx) => {
    const made = await tx<{ id: string; username: string; council_id: string }[]>`insert into account ${sql(rows)} returning id, username, council_id`;
    await tx`insert into account_username ${sql(made.map((a) => ({ username: a.username, council_id: a.council_id, account_id: a.id })))}`;
  });
  return rows.map((r) => ({ memberId: r.member_id, username: r.username }));
}

/** Each member signs in on one of the servers in turn. */
export function signIn(bases: readonly string[], members: Member[]): Promise<SignedIn[]> {
  return Promise.all(members.map(async (m, i) => ({ ...m, cookie: await login(bases, i, m.username, demoPassword) })));
}
