import { consultation, residentTopic } from "@cppcc/db";
import {
  consultationDraftInput,
  contactNameOf,
  defaultInviteeSelection,
  deliberationTopicProblems,
  NotFound,
  quarterOf,
  resolveInvitees,
  RuleViolation,
  topicLinkProblem,
  transitionConsultation,
  unwrapResult,
  type ConsultationDraft,
} from "@cppcc/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { consultationFacts } from "../consultation/facts";
import { assertValidDraft } from "../consultation/validateDraft";
import { inviteeCandidates, inviteeContext } from "../invitation/candidates";
import { addInvitations } from "../invitation/invite";
import { notifyInvited } from "../../notification/notify";
import { assertCan } from "../shared/access";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import type { ScheduleFromTopicsInput } from "./inputs";

/**
 * Topic → deliberation in one step, as the liaison app offers it: a 民生议事堂 of the township is
 * created, planned and scheduled through the lifecycle's own rules, the residents' topics chosen
 * are linked to it, and (by default) the township's member group and its paired sector groups are
 * invited. Without residents' topics the title is the topic and the source says who raised it.
 * All or nothing: one transaction.
 */
export async function scheduleFromTopics({ ctx, input }: { ctx: SignedInContext; input: ScheduleFromTopicsInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const topicIds = [...new Set(input.topicIds)];
    const sourceProblems = deliberationTopicProblems(input.topicSource, topicIds.length);
    if (sourceProblems.length > 0) throw new RuleViolation(sourceProblems);
    const topics = topicIds.length
      ? await tx
          .select()
          .from(residentTopic)
          .where(and(eq(residentTopic.councilId, ctx.session.council.id), inArray(residentTopic.id, topicIds)))
          .for("update")
      : [];
    if (topics.length < topicIds.length) throw new NotFound("有的议题已不存在，请刷新后重新选择");
    // A typed topic belongs to the officer's own township; the admin, who has none, starts from a resident topic.
    const townshipId = topics[0]?.townshipId ?? ctx.actor.townshipId;
    if (!townshipId) throw new RuleViolation([{ path: "topicIds", message: "请选择一个群众议题，以确定议事所在的镇街道" }]);
    assertCan(ctx, "consultation.manage", { townshipId }, "安排议事");
    const problems = topics.flatMap((t) => {
      if (t.consultationId) return [`议题「${t.topic}」已安排过议事`];
      const p = topicLinkProblem(t, { townshipId, formatCode: "deliberation" });
      return p ? [`议题「${t.topic}」：${p}`] : [];
    });
    if (problems.length > 0) throw new RuleViolation(problems.map((message) => ({ path: "topicIds", message })));

    const draft: ConsultationDraft = consultationDraftInput.parse({
      title: input.title,
      formatCode: "deliberation",
      year: Number(input.plannedDate.slice(0, 4)),
      quarter: quarterOf(input.plannedDate),
      townshipId,
      plannedDate: input.plannedDate,
      startTime: input.startTime,
      contactName: input.contactName ?? contactNameOf(ctx.session.account.displayName),
      contactPhone: input.contactPhone,
      replyDeadline: input.replyDeadline,
      mode: input.mode,
      venue: input.venue,
      venueId: input.venueId,
      description: input.description,
    });
    await assertValidDraft(tx, ctx, draft);
    const [created] = await tx
      .insert(consultation)
      .values({ ...draft, topicSource: input.topicSource, councilId: ctx.session.council.id, level: "township", createdBy: ctx.session.account.id })
      .returning();
    // Through the lifecycle's rules (the date must not have passed), not around them.
    const facts = await consultationFacts(tx, ctx, created!, draft);
    const planned = unwrapResult(transitionConsultation("draft", { type: "plan" }, ctx.actor, facts)).state;
    const scheduled = unwrapResult(transitionConsultation(planned, { type: "schedule", date: input.plannedDate }, ctx.actor, facts)).state;
    const [row] = await tx.update(consultation).set({ state: scheduled }).where(eq(consultation.id, created!.id)).returning();

    if (topicIds.length > 0) {
      await tx
        .update(residentTopic)
        .set({ consultationId: row!.id, version: sql`${residentTopic.version} + 1`, updatedAt: ctx.clock.now() })
        .where(inArray(residentTopic.id, topicIds));
    }
    let invitations = { invited: 0, renewed: 0, alreadyInvited: 0 };
    if (input.inviteDefault) {
      const [context, candidates] = await Promise.all([inviteeContext(tx, row!.councilId, row!), inviteeCandidates(tx, row!.councilId)]);
      const memberIds = resolveInvitees(defaultInviteeSelection(draft, context), candidates);
      if (memberIds.length > 0) invitations = await addInvitations(tx, ctx, row!, memberIds);
    }
    await recordEvent(tx, eventActor(ctx), { action: "deliberation.scheduleFromTopics", entity: "consultation", entityId: row!.id, after: { ...row, topicIds, invitations }, occurredAt: ctx.clock.now(), timeline: { label: "由群众议题安排协商", note: `议题 ${topicIds.length} 个` }, outbox: invitations.invited > 0 ? [notifyInvited(row!.councilId, row!.id, ctx.clock.now())] : [] });
    return { consultation: row!, invitations };
  });
}
