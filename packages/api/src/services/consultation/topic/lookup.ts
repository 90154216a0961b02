import { consultation, residentTopic, township, venue } from "@cppcc/db";
import { NotFound, publicTopicStatus, publicTopicStatusLabels, showsSessionTime, type ReceiptLookupInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { Context } from "../../../context";
import { takePublicSlot, topicLookupLimit } from "./rateLimit";
import { topicLookupRateKey } from "./refusals";
import { sessionColumns, sessionOf, sessionView } from "./session";

/**
 * 查询进度: a resident follows their topic with the receipt number and the lookup code (the
 * phone's last four digits, or the code given with the receipt). A wrong number and a wrong code
 * get the same answer, so neither can be probed alone; every lookup takes a slot of the address's
 * rate limit. Only the published text is shown, never the name or phone given.
 */
export async function lookupTopic({ ctx, input }: { ctx: Context; input: ReceiptLookupInput & { townshipId: string } }) {
  const { db } = ctx.db;
  const [t] = await db.select({ councilId: township.councilId }).from(township).where(eq(township.id, input.townshipId));
  if (!t) throw new NotFound("找不到该镇街道，请核对链接或重新扫码");
  // A wrong guess must spend its slot too: the transaction commits the slot and returns the row,
  // and only then is "not found" thrown (thrown inside, it would roll the slot back).
  const row = await db.transaction(async (tx) => {
    await takePublicSlot(tx, t.councilId, topicLookupRateKey(ctx.request.ip), ctx.clock.now(), topicLookupLimit);
    const [found] = await tx
      .select({
        receiptNo: residentTopic.receiptNo,
        lookupCode: residentTopic.lookupCode,
        state: residentTopic.state,
        topic: residentTopic.topic,
        publishedTopic: residentTopic.publishedTopic,
        publishedDescription: residentTopic.publishedDescription,
        rejectReason: residentTopic.rejectReason,
        townshipName: township.name,
        createdAt: residentTopic.createdAt,
        moderatedAt: residentTopic.moderatedAt,
        ...sessionColumns,
      })
      .from(residentTopic)
      .innerJoin(township, eq(township.id, residentTopic.townshipId))
      .leftJoin(consultation, eq(consultation.id, residentTopic.consultationId))
      .leftJoin(venue, eq(venue.id, consultation.venueId))
      .where(and(eq(residentTopic.councilId, t.councilId), eq(residentTopic.receiptNo, input.receiptNo)));
    return found && found.lookupCode === input.code ? found : null;
  });
  if (!row) throw new NotFound("没有查到该议题，请核对回执号和手机号后四位（未留手机号的请填回执上的查询码）");
  const status = publicTopicStatus(row, sessionOf(row));
  const accepted = row.state === "accepted";
  return {
    receiptNo: row.receiptNo!,
    townshipName: row.townshipName,
    status,
    statusLabel: publicTopicStatusLabels[status],
    // Before acceptance the resident sees their own title; after, what the public page shows.
    topic: accepted ? (row.publishedTopic ?? row.topic) : row.topic,
    publishedDescription: accepted ? row.publishedDescription : null,
    rejectReason: row.state === "rejected" ? row.rejectReason : null,
    submittedAt: row.createdAt,
    moderatedAt: row.moderatedAt,
    session: showsSessionTime(status) ? sessionView(row) : null,
  };
}
