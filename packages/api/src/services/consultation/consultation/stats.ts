import { consultation, consultationAttendance, consultationParticipant, consultationSpeech, consultationSuggestion } from "@cppcc/db";
import { consultationFormatCodes, consultationFormats, hasTakenPlace, participations, type ConsultationFormatCode } from "@cppcc/domain";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { and, count, eq, gte, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { consultationScope } from "../shared/scope";
import type { ConsultationStatsInput } from "./inputs";

/**
 * The counts reports quote ("168 次请你来协商，提出意见建议 1835 条", "参与 2300 人次"): consultations
 * by year, format and state with their suggestions, members present, other participants and
 * speeches, and per format over the whole period. One grouped query over per-consultation counts;
 * a consultation counts as an event once it took place (held, or cancelled after the meeting).
 */
export async function consultationStats({ ctx, input }: { ctx: SignedInContext; input: ConsultationStatsInput }) {
  const { db } = ctx.db;
  const perConsultation = db
    .select({
      consultationId: consultationSuggestion.consultationId,
      n: count().as("n"),
      closed: sql<number>`count(*) filter (where ${consultationSuggestion.state} = 'closed')`.as("closed"),
    })
    .from(consultationSuggestion)
    .where(eq(consultationSuggestion.councilId, ctx.session.council.id))
    .groupBy(consultationSuggestion.consultationId)
    .as("s");
  // Each side table counted per consultation first, so joining them does not multiply rows; each
  // count has its own name because drizzle does not qualify a subquery column inside sql``.
  const perTable = (table: PgTable, columns: { consultationId: PgColumn; councilId: PgColumn }, alias: string) =>
    db
      .select({ consultationId: columns.consultationId, n: count().as(`${alias}_n`) })
      .from(table)
      .where(eq(columns.councilId, ctx.session.council.id))
      .groupBy(columns.consultationId)
      .as(alias);
  const present = perTable(consultationAttendance, consultationAttendance, "a");
  const others = perTable(consultationParticipant, consultationParticipant, "p");
  const spoken = perTable(consultationSpeech, consultationSpeech, "sp");
  const where: (SQL | undefined)[] = [consultationScope(ctx)];
  if (input.fromYear != null) where.push(gte(consultation.year, input.fromYear));
  if (input.toYear != null) where.push(lte(consultation.year, input.toYear));
  if (input.townshipId) where.push(eq(consultation.townshipId, input.townshipId));
  const held = isNotNull(consultation.heldOn);
  const rows = await db
    .select({
      year: consultation.year,
      formatCode: consultation.formatCode,
      state: consultation.state,
      held: sql<boolean>`${held}`,
      consultations: count(),
      suggestions: sql<number>`coalesce(sum(${perConsultation.n}), 0)::int`,
      suggestionsClosed: sql<number>`coalesce(sum(${perConsultation.closed}), 0)::int`,
      membersPresent: sql<number>`coalesce(sum(${present.n}), 0)::int`,
      participants: sql<number>`coalesce(sum(${others.n}), 0)::int`,
      speeches: sql<number>`coalesce(sum(${spoken.n}), 0)::int`,
    })
    .from(consultation)
    .leftJoin(perConsultation, eq(perConsultation.consultationId, consultation.id))
    .leftJoin(present, eq(present.consultationId, consultation.id))
    .leftJoin(others, eq(others.consultationId, consultation.id))
    .leftJoin(spoken, eq(spoken.consultationId, consultation.id))
    .where(and(...where))
    .groupBy(consultation.year, consultation.formatCode, consultation.state, held);

  type Figures = { suggestions: number; suggestionsClosed: number; membersPresent: number; participants: number; speeches: number };
  const zero = (): Figures => ({ suggestions: 0, suggestionsClosed: 0, membersPresent: 0, participants: 0, speeches: 0 });
  const add = (to: Figures, r: Figures) => {
    to.suggestions += r.suggestions;
    to.suggestionsClosed += r.suggestionsClosed;
    to.membersPresent += r.membersPresent;
    to.participants += r.participants;
    to.speeches += r.speeches;
  };
  const withParticipations = <T extends Figures>(f: T) => ({ ...f, participations: participations(f) });

  const byFormat = new Map<ConsultationFormatCode, Figures & { total: number; events: number }>();
  for (const r of rows) {
    const f = byFormat.get(r.formatCode) ?? { total: 0, events: 0, ...zero() };
    f.total += r.consultations;
    if (hasTakenPlace(r.state, r.held ? "held" : null)) f.events += r.consultations;
    add(f, r);
    byFormat.set(r.formatCode, f);
  }
  const formats = consultationFormatCodes
    .filter((code) => byFormat.has(code))
    .map((code) => withParticipations({ formatCode: code, formatName: consultationFormats[code].name, ...byFormat.get(code)! }));
  // Cancelled ones split by whether they met; the table shows them as one row.
  const merged = new Map<string, Omit<(typeof rows)[number], "held"> & { formatName: string }>();
  for (const { held: _h, ...r } of rows) {
    const key = `${r.year}|${r.formatCode}|${r.state}`;
    const m = merged.get(key);
    if (m) {
      m.consultations += r.consultations;
      add(m, r);
    } else merged.set(key, { ...r, formatName: consultationFormats[r.formatCode].name });
  }
  const totals = { consultations: 0, events: 0, ...zero() };
  for (const f of formats) {
    totals.consultations += f.total;
    totals.events += f.events;
    add(totals, f);
  }
  return {
    rows: [...merged.values()]
      .sort((a, b) => b.year - a.year || a.formatCode.localeCompare(b.formatCode) || a.state.localeCompare(b.state))
      .map(withParticipations),
    byFormat: formats,
    totals: withParticipations(totals),
  };
}
