import { residentTopic } from "@cppcc/db";
import { moderateResidentTopic, residentTopicMachine, topicDecidedSmsParams, type ResidentTopicEvent } from "@cppcc/domain";
import { eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { markNotificationsDone } from "../../notification/done";
import { queueMessage } from "../../delivery/queue";
import { decide } from "../shared/decide";
import { publishResidentPhotos } from "./photos";
import type { TopicModerateInput } from "./inputs";
import { lockById } from "../../shared/lockRow";

/**
 * The officer accepts a topic (it becomes public and may be scheduled) or rejects it with a reason.
 * Accepting publishes the text the officer confirmed — edited, or with names, flats and phones
 * taken out — while the resident's own words stay in the row for the office; the audit row keeps both.
 * A resident who left a phone is texted the decision by receipt number where SMS (and its template) is
 * configured, through the delivery jobs (their daily limit per phone, never twice); `residentTexted` says
 * whether a text was queued, so the screen claims nothing that did not happen.
 */
export async function moderateTopic({ ctx, input }: { ctx: SignedInContext; input: TopicModerateInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const before = await lockById(tx, residentTopic, ctx.session.council.id, input.id, "找不到该议题，请刷新列表");
    const event: ResidentTopicEvent = input.type === "reject" ? { type: "reject", reason: input.reason } : { type: "accept" };
    const result = moderateResidentTopic(before.state, event, ctx.actor, { councilId: before.councilId, townshipId: before.townshipId });
    const { state, changed } = decide(result, before.version, input.version, "residentTopic");
    if (!changed) return { ...before, residentTexted: false };
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
    if (event.type === "accept") await publishResidentPhotos(tx, { councilId: before.councilId, topicId: before.id, photoIds: input.publishPhotoIds, now: ctx.clock.now() });
    const residentTexted = Boolean(ctx.sms?.offers("topicDecided") && before.phone && before.receiptNo);
    if (residentTexted) {
      const params = topicDecidedSmsParams({ councilName: ctx.session.council.name, receiptNo: before.receiptNo!, decision: event.type, reason: "reason" in event ? event.reason : null });
      await queueMessage(
        tx,
        { councilId: before.councilId, key: `sms:residentTopic.${event.type}:${before.id}`, channel: "sms", recipient: before.phone!, accountId: null, template: "topicDecided", params },
        ctx.clock.now(),
      );
    }
    await recordEvent(tx, eventActor(ctx), { action: `residentTopic.${event.type}`, entity: "resident_topic", entityId: before.id, before, after, occurredAt: ctx.clock.now(), timeline: { label: residentTopicMachine.rules[event.type].label, note: "reason" in event ? event.reason : null } });
    return { ...after!, residentTexted };
  });
}
