import { residentTopic } from "@cppcc/db";
import { moderateResidentTopic, NotFound, type ResidentTopicEvent } from "@cppcc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { audit } from "../shared/audit";
import { decide } from "../shared/decide";
import type { TopicModerateInput } from "./inputs";

/**
 * The officer accepts a topic (it becomes public and may be scheduled) or rejects it with a reason.
 * Accepting publishes the text the officer confirmed — edited, or with names, flats and phones
 * taken out — while the resident's own words stay in the row for the office; the audit row keeps both.
 */
export async function moderateTopic({ ctx, input }: { ctx: SignedInContext; input: TopicModerateInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(residentTopic)
      .where(and(eq(residentTopic.id, input.id), eq(residentTopic.councilId, ctx.session.council.id)))
      .for("update");
    if (!before) throw new NotFound("找不到该议题，请刷新列表");
    const event: ResidentTopicEvent = input.type === "reject" ? { type: "reject", reason: input.reason } : { type: "accept" };
    const result = moderateResidentTopic(before.state, event, ctx.actor, { councilId: before.councilId, townshipId: before.townshipId });
    const { state, changed } = decide(result, before.version, input.version, "residentTopic");
    if (!changed) return before;
    const [after] = await tx
      .update(residentTopic)
      .set({
        state,
        rejectReason: event.type === "reject" ? event.reason : null,
        publishedTopic: event.type === "accept" ? (input.publishedTopic ?? before.topic) : null,
        publishedDescription: event.type === "accept" ? (input.publishedDescription ?? before.description) : null,
        moderatedBy: ctx.session.account.id,
        moderatedAt: ctx.clock.now(),
        version: sql`${residentTopic.version} + 1`,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(residentTopic.id, before.id))
      .returning();
    await audit(tx, ctx, { action: `residentTopic.${event.type}`, entity: "resident_topic", entityId: before.id, before, after });
    return after!;
  });
}
