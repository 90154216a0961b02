import { createHash } from "node:crypto";
import { residentTopic, township } from "@cppcc/db";
import { lookupCodeFor, NotFound, residentTopicKey, shanghaiDate, type ResidentTopicInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { Context } from "../../../context";
import { residentActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { notify } from "../../notification/notify";
import { claimResidentPhotos } from "./photos";
import { takePublicSlot } from "./rateLimit";
import { freeReceiptNumber, secureRandom } from "./receipt";
import { residentTopicRateKey } from "./refusals";

/**
 * A resident's topic from the public page (no account). Rate limited per address; the text was
 * judged by the input schema (the domain's spam checks); the same topic sent twice is stored once
 * and answered the same way, so a retry is harmless. It waits for the officer's moderation.
 * The resident gets a receipt number to follow it with, and a lookup code when they left no phone.
 */
export async function submitTopic({ ctx, input }: { ctx: Context; input: ResidentTopicInput }) {
  const { db } = ctx.db;
  const [t] = await db.select({ id: township.id, councilId: township.councilId }).from(township).where(eq(township.id, input.townshipId));
  if (!t) throw new NotFound("找不到该镇街道，请核对链接或重新扫码");
  return db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await takePublicSlot(tx, t.councilId, residentTopicRateKey(ctx.request.ip), now);
    const dedupeKey = createHash("sha256").update(residentTopicKey(t.id, input)).digest("hex");
    const lookup = lookupCodeFor(input.phone, secureRandom);
    for (let attempt = 0; ; attempt++) {
      const receiptNo = await freeReceiptNumber(tx, t.councilId, shanghaiDate(now), attempt);
      // ON CONFLICT DO NOTHING covers both unique keys: the same topic again, or a receipt taken meanwhile.
      const [row] = await tx
        .insert(residentTopic)
        .values({
          councilId: t.councilId,
          townshipId: t.id,
          topic: input.topic,
          description: input.description,
          name: input.name,
          phone: input.phone,
          receiptNo,
          lookupCode: lookup.code,
          dedupeKey,
          createdAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: residentTopic.id });
      if (row) {
        await claimResidentPhotos(tx, { councilId: t.councilId, townshipId: t.id, topicId: row.id, photoIds: input.photoIds, now });
        // The resident's name and phone stay in the topic row only, not in the log.
        await recordEvent(tx, residentActor(t.councilId, ctx.request.ip), {
          action: "residentTopic.submit",
          entity: "resident_topic",
          entityId: row.id,
          after: { topic: input.topic, receiptNo, photoIds: input.photoIds },
          occurredAt: ctx.clock.now(),
          timeline: { label: "群众提交议题" },
          outbox: [notify(t.councilId, "topic.received", `topic.received:${row.id}`, { topicId: row.id }, ctx.clock.now())],
        });
        return {
          received: true as const,
          duplicate: false,
          receiptNo,
          lookupCode: lookup.shown ? lookup.code : null,
          message: "已收到您的议题，联络室审核后将在本页公示",
        };
      }
      const [same] = await tx
        .select({ receiptNo: residentTopic.receiptNo, phone: residentTopic.phone, lookupCode: residentTopic.lookupCode })
        .from(residentTopic)
        .where(and(eq(residentTopic.townshipId, t.id), eq(residentTopic.dedupeKey, dedupeKey)));
      if (!same) continue;
      // A retry by the same person (same phone, or both without one) gets the receipt it was given;
      // someone else who sent the same words is told so, without another person's receipt.
      const mine = same.phone === input.phone;
      return {
        received: true as const,
        duplicate: true,
        receiptNo: mine ? same.receiptNo : null,
        lookupCode: mine && !input.phone ? same.lookupCode : null,
        message: mine ? "已收到您的议题，联络室审核后将在本页公示" : "相同的议题已有居民提出，联络室会一并审核",
      };
    }
  });
}
