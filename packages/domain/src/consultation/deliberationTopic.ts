import type { Violation } from "../errors";

/**
 * Where a deliberation's topic came from. Residents' topics come through the public page and stay
 * linked; the others the liaison officer records when scheduling: a member raised it, the township
 * brought it, or the council assigned it (交办). The council's own name is data, so the label for
 * an assignment does not name a level.
 */
export const deliberationTopicSources = ["resident", "member", "township", "council"] as const;
export type DeliberationTopicSource = (typeof deliberationTopicSources)[number];

export const deliberationTopicSourceLabels: Record<DeliberationTopicSource, string> = {
  resident: "群众提出",
  member: "委员提出",
  township: "镇街道提出",
  council: "政协交办",
};

/**
 * A resident-sourced deliberation needs at least one accepted resident topic to link; the others
 * are typed, and may still take up residents' topics on the same matter (the link is kept).
 */
export function deliberationTopicProblems(source: DeliberationTopicSource, residentTopicCount: number): Violation[] {
  if (source === "resident" && residentTopicCount === 0) {
    return [{ path: "topicIds", message: "请选择至少一个已采纳的群众议题；委员、镇街道提出或政协交办的议题请选择相应来源后直接填写" }];
  }
  return [];
}
