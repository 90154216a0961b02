import { consultation, consultationSpeech, consultationSuggestion, dutyManualEntry, proposal, type DbOrTx } from "@cppcc/db";
import { dutySourceScreen, type DutySourceScreen } from "@cppcc/domain";
import { and, eq, inArray } from "drizzle-orm";

/** What a point leads back to: the screen and record to open, and words naming it. */
export type SourceView = {
  table: string;
  id: string;
  screen: DutySourceScreen | null;
  /** The record the screen opens (a speech opens its consultation); null when there is no screen. */
  recordId: string | null;
  title: string;
  /** For an off-platform entry: what the office recorded and on what evidence. */
  manual: { description: string; evidence: string; occurredOn: string } | null;
};

type Ref = { table: string; id: string };

/** Names and link targets for the sources of some entries, one query per kind of source. */
export async function sourcesOf(db: DbOrTx, councilId: string, refs: readonly Ref[]): Promise<Map<string, SourceView>> {
  const ids = (table: string) => [...new Set(refs.filter((r) => r.table === table).map((r) => r.id))];
  const out = new Map<string, SourceView>();
  const put = (table: string, id: string, v: Omit<SourceView, "table" | "id" | "screen">) => out.set(key({ table, id }), { table, id, screen: dutySourceScreen(table), ...v });

  const [proposals, meetings, speeches, suggestions, manual] = await Promise.all([
    some(ids("proposal"), (list) =>
      db.select({ id: proposal.id, title: proposal.title }).from(proposal).where(and(eq(proposal.councilId, councilId), inArray(proposal.id, list))),
    ),
    some(ids("consultation"), (list) =>
      db.select({ id: consultation.id, title: consultation.title }).from(consultation).where(and(eq(consultation.councilId, councilId), inArray(consultation.id, list))),
    ),
    some(ids("consultation_speech"), (list) =>
      db
        .select({ id: consultationSpeech.id, title: consultationSpeech.title, consultationId: consultationSpeech.consultationId, meeting: consultation.title })
        .from(consultationSpeech)
        .innerJoin(consultation, and(eq(consultation.councilId, consultationSpeech.councilId), eq(consultation.id, consultationSpeech.consultationId)))
        .where(and(eq(consultationSpeech.councilId, councilId), inArray(consultationSpeech.id, list))),
    ),
    some(ids("consultation_suggestion"), (list) =>
      db
        .select({ id: consultationSuggestion.id, content: consultationSuggestion.content, consultationId: consultationSuggestion.consultationId, meeting: consultation.title })
        .from(consultationSuggestion)
        .innerJoin(consultation, and(eq(consultation.councilId, consultationSuggestion.councilId), eq(consultation.id, consultationSuggestion.consultationId)))
        .where(and(eq(consultationSuggestion.councilId, councilId), inArray(consultationSuggestion.id, list))),
    ),
    some(ids("duty_manual_entry"), (list) =>
      db
        .select({ id: dutyManualEntry.id, description: dutyManualEntry.description, evidence: dutyManualEntry.evidence, occurredOn: dutyManualEntry.occurredOn })
        .from(dutyManualEntry)
        .where(and(eq(dutyManualEntry.councilId, councilId), inArray(dutyManualEntry.id, list))),
    ),
  ]);
  for (const p of proposals) put("proposal", p.id, { recordId: p.id, title: p.title || "（未命名提案）", manual: null });
  for (const c of meetings) put("consultation", c.id, { recordId: c.id, title: c.title, manual: null });
  for (const s of speeches) put("consultation_speech", s.id, { recordId: s.consultationId, title: `${s.meeting}：${s.title}`, manual: null });
  for (const s of suggestions) put("consultation_suggestion", s.id, { recordId: s.consultationId, title: `${s.meeting}：${clip(s.content)}`, manual: null });
  for (const m of manual) put("duty_manual_entry", m.id, { recordId: m.id, title: m.description, manual: { description: m.description, evidence: m.evidence, occurredOn: m.occurredOn } });
  for (const r of refs) if (!out.has(key(r))) out.set(key(r), { ...r, screen: null, recordId: null, title: "（来源记录不可查看）", manual: null });
  return out;
}

export const key = (r: Ref) => `${r.table}\u0000${r.id}`;

const clip = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

async function some<T>(list: string[], query: (list: string[]) => Promise<T[]>): Promise<T[]> {
  return list.length === 0 ? [] : query(list);
}
