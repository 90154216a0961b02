import { topicPhotos } from "./photos";
import { consultation, residentTopic, township } from "@cppcc/db";
import { NotFound } from "@cppcc/domain";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { olderThan, pageOf, timestampText } from "../shared/keyset";
import type { TopicListInput } from "./inputs";
import { topicScope } from "./scope";

const columns = {
  id: residentTopic.id,
  townshipId: residentTopic.townshipId,
  townshipName: township.name,
  topic: residentTopic.topic,
  description: residentTopic.description,
  name: residentTopic.name,
  phone: residentTopic.phone,
  state: residentTopic.state,
  rejectReason: residentTopic.rejectReason,
  publishedTopic: residentTopic.publishedTopic,
  publishedDescription: residentTopic.publishedDescription,
  receiptNo: residentTopic.receiptNo,
  consultationId: residentTopic.consultationId,
  consultationTitle: consultation.title,
  moderatedAt: residentTopic.moderatedAt,
  version: residentTopic.version,
  createdAt: residentTopic.createdAt,
  cursorKey: timestampText(residentTopic.createdAt),
};

/** The moderation queue and history: a township's topics newest first, with the resident's contact for the officer. */
export async function listTopics({ ctx, input }: { ctx: SignedInContext; input: TopicListInput }) {
  const where = [...topicFilters(ctx, input), olderThan(input.cursor, residentTopic.createdAt, residentTopic.id)];
  const rows = await ctx.db.db
    .select(columns)
    .from(residentTopic)
    .innerJoin(township, eq(township.id, residentTopic.townshipId))
    .leftJoin(consultation, eq(consultation.id, residentTopic.consultationId))
    .where(and(...where))
    .orderBy(desc(residentTopic.createdAt), desc(residentTopic.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => r.cursorKey);
  const photos = await topicPhotos(ctx.db.db, ctx.session.council.id, page.items.map((r) => r.id), "all");
  return { ...page, items: page.items.map(({ cursorKey: _k, ...r }) => ({ ...r, photos: photos.get(r.id) ?? [] })) };
}

function topicFilters(ctx: SignedInContext, input: Pick<TopicListInput, "townshipId" | "state">): (SQL | undefined)[] {
  return [
    topicScope(ctx),
    input.townshipId ? eq(residentTopic.townshipId, input.townshipId) : undefined,
    input.state ? eq(residentTopic.state, input.state) : undefined,
  ];
}

/** How many topics the list above holds under the same filters (the liaison home's count). */
export async function countTopics(ctx: SignedInContext, input: Pick<TopicListInput, "townshipId" | "state">): Promise<number> {
  const [row] = await ctx.db.db.select({ n: count() }).from(residentTopic).where(and(...topicFilters(ctx, input)));
  return row?.n ?? 0;
}

export async function getTopic({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const [row] = await ctx.db.db
    .select(columns)
    .from(residentTopic)
    .innerJoin(township, eq(township.id, residentTopic.townshipId))
    .leftJoin(consultation, eq(consultation.id, residentTopic.consultationId))
    .where(and(eq(residentTopic.id, input.id), topicScope(ctx)));
  if (!row) throw new NotFound("找不到该议题，或不在您的查看范围内");
  const { cursorKey: _k, ...topic } = row;
  return topic;
}
