import { consultation, consultationSuggestion, township, venue } from "@cppcc/db";
import { consultationFormats, meetingTimeText, shanghaiWeek } from "@cppcc/domain";
import { and, between, count, desc, eq, isNull, notInArray, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { olderThan, pageOf, timestampText } from "../shared/keyset";
import { consultationScope } from "../shared/scope";
import type { ConsultationListInput } from "./inputs";

/** Consultations the reader may see, newest first, keyset-paged; each filter has an index behind it. */
export async function listConsultations({ ctx, input }: { ctx: SignedInContext; input: ConsultationListInput }) {
  const after = olderThan(input.cursor, consultation.createdAt, consultation.id);
  const where: (SQL | undefined)[] = [consultationScope(ctx)];
  if (input.year != null) where.push(eq(consultation.year, input.year));
  if (input.formatCode) where.push(eq(consultation.formatCode, input.formatCode));
  if (input.state) where.push(eq(consultation.state, input.state));
  if (input.cityOnly) where.push(isNull(consultation.townshipId));
  if (input.townshipId) where.push(eq(consultation.townshipId, input.townshipId));
  if (input.venueId) where.push(eq(consultation.venueId, input.venueId));
  if (input.planItemId) where.push(eq(consultation.planItemId, input.planItemId));
  if (input.thisWeek) {
    const week = shanghaiWeek(ctx.clock.now());
    where.push(between(consultation.plannedDate, week.from, week.to), notInArray(consultation.state, ["draft", "cancelled"]));
  }

  const suggestions = (open: boolean) =>
    sql<number>`(select count(*)::int from ${consultationSuggestion} s where s.consultation_id = ${consultation.id}${open ? sql` and s.state <> 'closed'` : sql``})`;
  // The total for these filters, counted with the first page only: later pages keep the first's.
  const total = input.cursor ? null : ctx.db.db.select({ n: count() }).from(consultation).where(and(...where));
  const rowsQuery = ctx.db.db
    .select({
      id: consultation.id,
      title: consultation.title,
      formatCode: consultation.formatCode,
      year: consultation.year,
      quarter: consultation.quarter,
      level: consultation.level,
      townshipId: consultation.townshipId,
      townshipName: township.name,
      plannedDate: consultation.plannedDate,
      startTime: consultation.startTime,
      contactName: consultation.contactName,
      contactPhone: consultation.contactPhone,
      topicSource: consultation.topicSource,
      heldOn: consultation.heldOn,
      mode: consultation.mode,
      venue: consultation.venue,
      venueName: venue.name,
      state: consultation.state,
      version: consultation.version,
      suggestionCount: suggestions(false),
      openSuggestionCount: suggestions(true),
      createdAt: consultation.createdAt,
      cursorKey: timestampText(consultation.createdAt),
    })
    .from(consultation)
    .leftJoin(township, eq(township.id, consultation.townshipId))
    .leftJoin(venue, eq(venue.id, consultation.venueId))
    .where(and(...where, after))
    .orderBy(desc(consultation.createdAt), desc(consultation.id))
    .limit(input.limit + 1);
  const [rows, counted] = await Promise.all([rowsQuery, total]);
  const page = pageOf(rows, input.limit, (r) => r.cursorKey);
  return {
    ...page,
    total: counted ? counted[0]!.n : null,
    items: page.items.map(({ cursorKey: _k, ...r }) => ({ ...r, startTime: meetingTimeText(r.startTime), formatName: consultationFormats[r.formatCode].name })),
  };
}
