import type { DbOrTx } from "@cppcc/db";
import { sql } from "drizzle-orm";
import { rawRows } from "../../rawRows";

/** What the notification texts name: a record's title and number, read once per event (not per recipient). */

export type ProposalFacts = { title: string; number: string | null; leadName: string | null; dueOn: string | null };

export async function proposalFacts(db: DbOrTx, councilId: string, id: string): Promise<ProposalFacts | null> {
  const [row] = await rawRows<{ title: string; number: string | null; lead_name: string | null; due_on: string | null }>(
    db,
    sql`select p.title, p.number, m.name as lead_name, p.due_on::text as due_on from proposal p
      left join member m on m.council_id = p.council_id and m.id = p.lead_member_id
      where p.council_id = ${councilId} and p.id = ${id}`,
  );
  return row ? { title: row.title, number: row.number, leadName: row.lead_name, dueOn: row.due_on } : null;
}

/** 《关于……的建议》（案号 13-2-015）, the way a proposal is named to people. */
export const proposalName = (p: Pick<ProposalFacts, "title" | "number">) => `《${p.title || "未命名提案"}》${p.number ? `（案号 ${p.number}）` : ""}`;

export type ConsultationFacts = { title: string; plannedDate: string | null; venue: string | null; replyDeadline: string | null; townshipId: string | null };

export async function consultationFacts(db: DbOrTx, councilId: string, id: string): Promise<ConsultationFacts | null> {
  const [row] = await rawRows<{ title: string; planned_date: string | null; venue: string | null; reply_deadline: string | null; township_id: string | null }>(
    db,
    sql`select title, planned_date::text, venue, reply_deadline::text, township_id from consultation where council_id = ${councilId} and id = ${id}`,
  );
  return row ? { title: row.title, plannedDate: row.planned_date, venue: row.venue, replyDeadline: row.reply_deadline, townshipId: row.township_id } : null;
}

export type SuggestionFacts = {
  consultationId: string;
  consultationTitle: string;
  content: string;
  townshipId: string | null;
  deadline: string | null;
  answer: string | null;
  unitName: string | null;
};

export async function suggestionFacts(db: DbOrTx, councilId: string, id: string): Promise<SuggestionFacts | null> {
  const [row] = await rawRows<{
    consultation_id: string;
    consultation_title: string;
    content: string;
    township_id: string | null;
    deadline: string | null;
    answer: string | null;
    unit_name: string | null;
  }>(
    db,
    sql`select s.consultation_id, c.title as consultation_title, s.content, s.township_id, s.deadline::text, s.answer, u.short_name as unit_name
      from consultation_suggestion s
      join consultation c on c.council_id = s.council_id and c.id = s.consultation_id
      left join handling_unit u on u.council_id = s.council_id and u.id = s.handling_unit_id
      where s.council_id = ${councilId} and s.id = ${id}`,
  );
  return row
    ? {
        consultationId: row.consultation_id,
        consultationTitle: row.consultation_title,
        content: row.content,
        townshipId: row.township_id,
        deadline: row.deadline,
        answer: row.answer,
        unitName: row.unit_name,
      }
    : null;
}

export async function unitName(db: DbOrTx, councilId: string, id: string): Promise<string | null> {
  const [row] = await rawRows<{ name: string }>(db, sql`select short_name as name from handling_unit where council_id = ${councilId} and id = ${id}`);
  return row?.name ?? null;
}

/** The first words of a long text, for a notification's second line. */
export const excerpt = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length)}……` : text);

/** 2025年7月10日 from 2025-07-10: how dates read in a notification. */
export const dayLabel = (date: string) => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
