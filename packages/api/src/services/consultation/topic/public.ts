import { consultation, consultationSuggestion, council, residentTopic, township, venue } from "@cppcc/db";
import { NotFound, publicTopicStatus, publicTopicStatusLabels, showsSessionTime, suggestionResults, type SuggestionResult } from "@cppcc/domain";
import { and, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Context } from "../../../context";
import { olderThan, pageOf, timestampText } from "../shared/keyset";
import type { PublicPageInput } from "./inputs";
import { topicPhotos } from "./photos";
import { sessionColumns, sessionOf, sessionView } from "./session";

/**
 * The header of a township's public page: whose page it is, the council's result words, and whether a resident
 * who leaves a phone is texted the decision (the form says so only when it is true).
 */
export async function publicTownship({ ctx, input }: { ctx: Context; input: { townshipId: string } }) {
  const [row] = await ctx.db.db
    .select({ id: township.id, name: township.name, councilName: council.name, ruleSet: council.ruleSet })
    .from(township)
    .innerJoin(council, eq(council.id, township.councilId))
    .where(eq(township.id, input.townshipId));
  if (!row) throw new NotFound("找不到该镇街道，请核对链接或重新扫码");
  const { ruleSet, ...rest } = row;
  const photos = { perTopic: ruleSet.attachment.residentPhotosPerTopic, maxMegabytes: ruleSet.attachment.photoMaxMegabytes };
  return { ...rest, resultLabels: ruleSet.consultation.suggestionResultLabels, textsDecision: ctx.sms?.offers("topicDecided") ?? false, photos };
}

/** The township's council, which every index of these lists leads with; an unknown township is a wrong link. */
async function councilOf(ctx: Context, townshipId: string): Promise<string> {
  const [row] = await ctx.db.db.select({ councilId: township.councilId }).from(township).where(eq(township.id, townshipId));
  if (!row) throw new NotFound("找不到该镇街道，请核对链接或重新扫码");
  return row.councilId;
}

/**
 * Accepted topics only, as the officer published them (edited or redacted), never the resident's
 * name or phone; each with where it stands and, once put to a deliberation, its day, start and place.
 */
export async function publicTopics({ ctx, input }: { ctx: Context; input: PublicPageInput }) {
  const councilId = await councilOf(ctx, input.townshipId);
  const rows = await ctx.db.db
    .select({
      id: residentTopic.id,
      state: residentTopic.state,
      topic: residentTopic.publishedTopic,
      description: residentTopic.publishedDescription,
      createdAt: residentTopic.createdAt,
      cursorKey: timestampText(residentTopic.createdAt),
      ...sessionColumns,
    })
    .from(residentTopic)
    .leftJoin(consultation, eq(consultation.id, residentTopic.consultationId))
    .leftJoin(venue, eq(venue.id, consultation.venueId))
    .where(
      and(
        eq(residentTopic.councilId, councilId),
        eq(residentTopic.townshipId, input.townshipId),
        eq(residentTopic.state, "accepted"),
        olderThan(input.cursor, residentTopic.createdAt, residentTopic.id),
      ),
    )
    .orderBy(desc(residentTopic.createdAt), desc(residentTopic.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => r.cursorKey);
  const photos = await topicPhotos(ctx.db.db, councilId, page.items.map((r) => r.id), "published");
  return {
    ...page,
    items: page.items.map((r) => {
      const status = publicTopicStatus(r, sessionOf(r));
      return {
        id: r.id,
        topic: r.topic ?? "",
        description: r.description ?? "",
        status,
        statusLabel: publicTopicStatusLabels[status],
        session: showsSessionTime(status) ? sessionView(r) : null,
        /** Served by `GET /files/public/:id`. */
        photoIds: (photos.get(r.id) ?? []).map((p) => p.id),
        createdAt: r.createdAt,
      };
    }),
  };
}

/** Published deliberation summaries, newest first, each with how its suggestions ended (落实 / 部分落实 / 未落实). */
export async function publicSummaries({ ctx, input }: { ctx: Context; input: PublicPageInput }) {
  const { db } = ctx.db;
  await councilOf(ctx, input.townshipId);
  const rows = await db
    .select({
      id: consultation.id,
      title: consultation.title,
      formatCode: consultation.formatCode,
      heldOn: consultation.heldOn,
      summary: consultation.summary,
      publishedAt: consultation.summaryPublishedAt,
      cursorKey: timestampText(consultation.summaryPublishedAt),
    })
    .from(consultation)
    .where(
      and(
        eq(consultation.townshipId, input.townshipId),
        isNotNull(consultation.summaryPublishedAt),
        olderThan(input.cursor, consultation.summaryPublishedAt, consultation.id),
      ),
    )
    .orderBy(desc(consultation.summaryPublishedAt), desc(consultation.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => r.cursorKey);
  const ids = page.items.map((r) => r.id);
  const results = ids.length
    ? await db
        .select({ consultationId: consultationSuggestion.consultationId, result: consultationSuggestion.result, n: sql<number>`count(*)::int` })
        .from(consultationSuggestion)
        .where(inArray(consultationSuggestion.consultationId, ids))
        .groupBy(consultationSuggestion.consultationId, consultationSuggestion.result)
    : [];
  return {
    ...page,
    items: page.items.map(({ cursorKey: _k, ...r }) => {
      const mine = results.filter((x) => x.consultationId === r.id);
      const byResult = Object.fromEntries(suggestionResults.map((k) => [k, 0])) as Record<SuggestionResult, number>;
      for (const x of mine) if (x.result) byResult[x.result] += x.n;
      return { ...r, suggestionCount: mine.reduce((a, x) => a + x.n, 0), results: byResult };
    }),
  };
}
