import { consultation, consultationSuggestion } from "@cppcc/db";
import { consultationFormatCodes, consultationFormats, hasTakenPlace, type ConsultationFormatCode } from "@cppcc/domain";
import { and, count, eq, gte, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { consultationScope } from "../shared/scope";
import type { ConsultationStatsInput } from "./inputs";

/**
 * The counts reports quote ("168 次请你来协商，提出意见建议 1835 条"): consultations by year, format
 * and state with their suggestions, and per format over the whole period. One grouped query; a
 * consultation counts as an event once it took place (held, or cancelled after the meeting).
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
    })
    .from(consultation)
    .leftJoin(perConsultation, eq(perConsultation.consultationId, consultation.id))
    .where(and(...where))
    .groupBy(consultation.year, consultation.formatCode, consultation.state, held);

  const byFormat = new Map<ConsultationFormatCode, { total: number; events: number; suggestions: number; suggestionsClosed: number }>();
  for (const r of rows) {
    const f = byFormat.get(r.formatCode) ?? { total: 0, events: 0, suggestions: 0, suggestionsClosed: 0 };
    f.total += r.consultations;
    if (hasTakenPlace(r.state, r.held ? "held" : null)) f.events += r.consultations;
    f.suggestions += r.suggestions;
    f.suggestionsClosed += r.suggestionsClosed;
    byFormat.set(r.formatCode, f);
  }
  const formats = consultationFormatCodes
    .filter((code) => byFormat.has(code))
    .map((code) => ({ formatCode: code, formatName: consultationFormats[code].name, ...byFormat.get(code)! }));
  // Cancelled ones split by whether they met; the table shows them as one row.
  const merged = new Map<string, Omit<(typeof rows)[number], "held"> & { formatName: string }>();
  for (const { held: _h, ...r } of rows) {
    const key = `${r.year}|${r.formatCode}|${r.state}`;
    const m = merged.get(key);
    if (m) {
      m.consultations += r.consultations;
      m.suggestions += r.suggestions;
      m.suggestionsClosed += r.suggestionsClosed;
    } else merged.set(key, { ...r, formatName: consultationFormats[r.formatCode].name });
  }
  return {
    rows: [...merged.values()].sort((a, b) => b.year - a.year || a.formatCode.localeCompare(b.formatCode) || a.state.localeCompare(b.state)),
    byFormat: formats,
    totals: formats.reduce(
      (t, f) => ({ consultations: t.consultations + f.total, events: t.events + f.events, suggestions: t.suggestions + f.suggestions }),
      { consultations: 0, events: 0, suggestions: 0 },
    ),
  };
}
