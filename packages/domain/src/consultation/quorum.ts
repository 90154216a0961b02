import type { QuorumRule } from "./formats";

/**
 * Fewest present for a valid meeting: more than half of those who may attend (过半数). "More than
 * half" is the only rule the documents name; taking the rule keeps callers right if another appears.
 */
export function quorumOf(_rule: QuorumRule, eligible: number): number {
  return Math.floor(eligible / 2) + 1;
}

export function meetsQuorum(rule: QuorumRule, eligible: number, present: number): boolean {
  return present >= quorumOf(rule, eligible);
}

export const quorumBodyLabels: Record<QuorumRule["of"], string> = { allMembers: "委员", standingMembers: "常委" };
