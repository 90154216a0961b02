import { shanghaiDate } from "@cppcc/domain";
import type postgres from "postgres";
import { call, ok } from "./http";

export type Office = { bases: readonly string[]; sql: postgres.Sql; admin: string };

/**
 * A city topical consultation scheduled for today, with these members invited, set up by the
 * office over HTTP. No start time, so check-in is open all day (Shanghai).
 */
export async function scheduledMeeting(office: Office, title: string, memberIds: string[]): Promise<string> {
  const { bases, sql, admin } = office;
  const today = shanghaiDate(new Date());
  const [economy] = await sql<[{ id: string }]>`
    select c.id from committee c join account a on a.council_id = c.council_id
    where a.username = 'admin' and c.name = '经济委员会'`;
  const send = <T>(path: string, input: unknown) => ok<T>(call(bases, 0, path, input, { cookie: admin }));
  const created = await send<{ id: string; version: number }>("consultation.create", {
    title,
    formatCode: "topicalConsultation",
    year: Number(today.slice(0, 4)),
    leadCommitteeId: economy.id,
    plannedDate: today,
    venue: "三楼会议室",
  });
  const planned = await send<{ version: number }>("consultation.transition", { id: created.id, version: created.version, event: { type: "plan" } });
  await send("consultation.invitation.invite", { consultationId: created.id, selection: { memberIds } });
  await send("consultation.transition", { id: created.id, version: planned.version, event: { type: "schedule", date: today } });
  return created.id;
}

/** The meeting's invitations by member, with the version a decision must state. */
export async function invitationsOf(sql: postgres.Sql, consultationId: string): Promise<Map<string, { id: string; version: number }>> {
  const rows = await sql<{ id: string; memberId: string; version: number }[]>`
    select id, member_id as "memberId", version from consultation_invitation where consultation_id = ${consultationId}`;
  return new Map(rows.map((r) => [r.memberId, { id: r.id, version: r.version }]));
}

export async function consultationVersion(sql: postgres.Sql, consultationId: string): Promise<number> {
  const [row] = await sql<[{ version: number }]>`select version from consultation where id = ${consultationId}`;
  return row.version;
}
