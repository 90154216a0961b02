import { createHash } from "node:crypto";
import { residentTopic, township } from "@cppcc/db";
import { NotFound, residentTopicKey, type ResidentTopicInput } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import type { Context } from "../../../context";
import { writeAudit } from "../../audit/write";
import { takePublicSlot } from "./rateLimit";
import { residentTopicRateKey } from "./refusals";

/**
 * A resident's topic from the public page (no account). Rate limited per address; the text was
 * judged by the input schema (the domain's spam checks); the same topic sent twice is stored once
 * and answered the same way, so a retry is harmless. It waits for the officer's moderation.
 */
export async function submitTopic({ ctx, input }: { ctx: Context; input: ResidentTopicInput }) {
  const { db } = ctx.db;
  const [t] = await db.select({ id: township.id, councilId: township.councilId }).from(township).where(eq(township.id, input.townshipId));
  if (!t) throw new NotFound("找不到该镇街道，请核对链接或重新扫码");
  return db.transaction(async (tx) => {
    await takePublicSlot(tx, t.councilId, residentTopicRateKey(ctx.request.ip), ctx.clock.now());
    const dedupeKey = createHash("sha256").update(residentTopicKey(t.id, input)).digest("hex");
    const [row] = await tx
      .insert(residentTopic)
      .values({
        councilId: t.councilId,
        townshipId: t.id,
        topic: input.topic,
        description: input.description,
        name: input.name,
        phone: input.phone,
        dedupeKey,
      })
      .onConflictDoNothing()
      .returning({ id: residentTopic.id });
    if (row) {
      // The resident's name and phone stay in the topic row only, not in the log.
      await writeAudit(tx, {
        councilId: t.councilId,
        accountId: null,
        action: "residentTopic.submit",
        entity: "resident_topic",
        entityId: row.id,
        after: { topic: input.topic },
        ip: ctx.request.ip,
      });
    }
    return { received: true as const, duplicate: !row, message: "已收到您的议题，联络室审核后将在本页公示" };
  });
}
