import { z } from "zod";
import { idField } from "../id";
import type { Actor } from "../auth/policy";
import { mobilePhone } from "../roster/phone";
import { consultationFormats, isCityOnly, type ConsultationFormatCode } from "./formats";
import type { WorkflowResult } from "../workflow/result";
import type { Step } from "../workflow/step";
import { stepsOf, step, type Machine } from "./machine";
import { residentTopicProblems } from "./topicSpam";

/**
 * A topic a resident raises for a township deliberation, from the public page (no account). It
 * is seen by nobody but the township's officer until accepted.
 */
export const residentTopicInput = z
  .object({
    townshipId: idField("镇街道"),
    topic: z.string({ error: "请填写议题" }).trim(),
    description: z.string({ error: "请填写情况描述" }).trim(),
    name: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().nullable().default(null)),
    // Optional: a resident who wants an answer leaves a mainland mobile number.
    phone: z.preprocess((v) => (v == null || (typeof v === "string" && v.trim() === "") ? null : v), mobilePhone.nullable())
      .optional()
      .transform((v) => v ?? null),
    /** Photos uploaded from the page just before (`POST /files/public/topic-photo/:townshipId`); attached only with the topic. */
    photoIds: z.array(z.uuid({ error: "照片编号无效，请重新上传" })).max(9, "每个议题最多 9 张照片").default([]),
  })
  .superRefine((t, ctx) => {
    for (const p of residentTopicProblems(t)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
  });
export type ResidentTopicInput = z.infer<typeof residentTopicInput>;

export const residentTopicStates = ["pending", "accepted", "rejected"] as const;
export type ResidentTopicState = (typeof residentTopicStates)[number];
export const residentTopicStateLabels: Record<ResidentTopicState, string> = { pending: "待审核", accepted: "已采纳", rejected: "不予采纳" };

export type ResidentTopicEvent = { type: "accept" } | { type: "reject"; reason: string };
export type ResidentTopicEventType = ResidentTopicEvent["type"];
export const residentTopicEventTypes = ["accept", "reject"] as const satisfies readonly ResidentTopicEventType[];

export type ResidentTopicFacts = { councilId: string; townshipId: string };

const moderate = { action: "residentTopic.moderate", roles: ["admin", "liaison"] } as const;

export const residentTopicMachine: Machine<ResidentTopicState, ResidentTopicEvent, ResidentTopicFacts> = {
  subject: "议题",
  states: residentTopicStates,
  stateLabels: residentTopicStateLabels,
  final: ["accepted", "rejected"],
  target: (f) => ({ councilId: f.councilId, townshipId: f.townshipId }),
  rules: {
    accept: { label: "采纳", kind: "primary", from: ["pending"], to: "accepted", ...moderate, repeatIn: (s) => s === "accepted" },
    reject: {
      label: "不予采纳", kind: "danger",
      from: ["pending"],
      to: "rejected",
      ...moderate,
      repeatIn: (s) => s === "rejected",
      // The resident may ask why; the officer says it once, here.
      check: (e) => (e.reason.trim().length < 2 ? [{ path: "reason", message: "请填写不予采纳的理由（至少 2 个字）" }] : []),
    },
  },
};

export function moderateResidentTopic(state: ResidentTopicState, event: ResidentTopicEvent, actor: Actor, facts: ResidentTopicFacts): WorkflowResult<ResidentTopicState> {
  return step(residentTopicMachine, state, event, actor, facts);
}

export function availableResidentTopicSteps(actor: Actor, topic: ResidentTopicFacts & { state: ResidentTopicState }): Step<ResidentTopicEventType>[] {
  return stepsOf(residentTopicMachine, topic.state, actor, topic);
}

/** Only accepted topics appear on the public page, and never with the resident's name or phone. */
export function publicTopicView<T extends { state: ResidentTopicState; topic: string; description: string }>(topic: T): { topic: string; description: string } | null {
  return topic.state === "accepted" ? { topic: topic.topic, description: topic.description } : null;
}

/** A topic becomes a deliberation's subject only when accepted, and only in its own township. */
export function topicLinkProblem(
  topic: { state: ResidentTopicState; townshipId: string },
  consultation: { townshipId: string | null; formatCode: ConsultationFormatCode },
): string | null {
  if (topic.state !== "accepted") return "只有已采纳的议题才能安排议事";
  if (isCityOnly(consultationFormats[consultation.formatCode]) || consultation.townshipId == null) return "群众议题只能安排到镇街道的协商";
  if (consultation.townshipId !== topic.townshipId) return "该议题属于其他镇街道，不能安排到本次协商";
  return null;
}
