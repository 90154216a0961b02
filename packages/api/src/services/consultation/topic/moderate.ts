import { residentTopic } from "@cppcc/db";
import { moderateResidentTopic, residentTopicMachine, type ResidentTopicEvent } from "@cppcc/domain";
import { eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { markNotificationsDone } from "../../notification/done";
import { decide } from "../shared/decide";
import type { TopicModerateInput } from "./inputs";
import { lockById } from "../../shared/lockRow";

/**
 * The officer accepts a topic (it becomes public and may be scheduled) or rejects it with a reason.
 * Accepting publishes the text the officer confirmed — edited, or with names, flats and phones
 * taken out — while the resident's own words stay in the row for the office; the audit row keeps both.
 */
export async function moderateTopic({ ctx, input }: { ctx: SignedInContext; input: TopicModerateInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const before = await lockById(tx, residentTopic, ctx.session.council.id, input.id, "找不到该议题，请刷新列表");
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
    await markNotificationsDone(tx, { councilId: before.councilId, entity: "resident_topic", id: before.id, kinds: ["topic.received"] }, ctx.clock.now());
    await recordEvent(tx, eventActor(ctx), { action: `residentTopic.${event.type}`, entity: "resident_topic", entityId: before.id, before, after, occurredAt: ctx.clock.now(), timeline: { label: residentTopicMachine.rules[event.type].label, note: "reason" in event ? event.reason : null } });
    return after!;
  });
}
