import { hasTakenPlace, type ConsultationState } from "./lifecycle";
import type { ResidentTopicState } from "./residentTopic";

/** Where a resident's topic stands, in the words of the public page's 「查询进度」. */
export const publicTopicStatuses = ["pending", "accepted", "rejected", "scheduled", "deliberated", "published"] as const;
export type PublicTopicStatus = (typeof publicTopicStatuses)[number];
export const publicTopicStatusLabels: Record<PublicTopicStatus, string> = {
  pending: "待审核",
  accepted: "已采纳",
  rejected: "未采纳",
  scheduled: "已安排议事",
  deliberated: "已议事",
  published: "已公示",
};

type Session = { state: ConsultationState; heldOn: string | null; summaryPublishedAt: Date | null } | null;

/**
 * The topic's own state, carried on by the deliberation it was put to: met, then its result made
 * public. A deliberation called off before it met leaves the topic accepted, waiting for another.
 */
export function publicTopicStatus(topic: { state: ResidentTopicState }, session: Session): PublicTopicStatus {
  if (topic.state !== "accepted") return topic.state;
  if (!session) return "accepted";
  if (session.summaryPublishedAt) return "published";
  if (hasTakenPlace(session.state, session.heldOn)) return "deliberated";
  if (session.state === "cancelled") return "accepted";
  return "scheduled";
}

/** The session's day, start and place are shown only while it is still to come or has met; a cancelled one shows none. */
export function showsSessionTime(status: PublicTopicStatus): boolean {
  return status === "scheduled" || status === "deliberated" || status === "published";
}
