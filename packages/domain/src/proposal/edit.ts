import { scopeOf } from "../auth/policy";
import { roleLabels } from "../auth/role";
import { refusal, type Refusal } from "../workflow/result";
import { actsForProposer, type ProposerKind } from "./proposer";
import { editableStatuses, proposalStatusLabels, type ProposalStatus } from "./status";
import type { ProposalActor } from "./step";

/** Changes outside the state machine, and the states they are open in: the proposal is still in its proposer's hands. */
export const proposalEdits = {
  text: { allowed: editableStatuses, when: "只有草稿或退回修改的提案可以修改内容" },
  cosigners: { allowed: ["draft"], when: "联名名单只能在提交前更改" },
  discard: { allowed: ["draft"], when: "只有未提交的草稿可以删除；已提交的提案请撤回" },
} as const satisfies Record<string, { allowed: readonly ProposalStatus[]; when: string }>;
export type ProposalEdit = keyof typeof proposalEdits;

export type EditableProposal = { status: ProposalStatus; leadMemberId: string | null; proposerKind: ProposerKind };

/**
 * Why this actor may not make this change now; empty when they may. Staff may (paper proposals),
 * a member only on the proposal they act for (a co-signer only confirms), no one else; only a
 * member's or a joint proposal has co-signers.
 */
export function proposalEditRefusals(actor: ProposalActor, p: EditableProposal, edit: ProposalEdit): Refusal[] {
  if (scopeOf(actor.role, "proposal.write") === null) return [refusal("role", `${roleLabels[actor.role]}无权修改提案`, "forbidden")];
  if (actor.role === "member" && !actsForProposer(actor, p.leadMemberId)) {
    return [refusal("notProposer", "只有第一提案人（集体提案为其联系人）可以修改提案；联名委员只需确认或谢绝联名", "forbidden")];
  }
  const refusals: Refusal[] = [];
  const { allowed, when } = proposalEdits[edit];
  if (!(allowed as readonly ProposalStatus[]).includes(p.status)) refusals.push(refusal("state", `提案当前为「${proposalStatusLabels[p.status]}」，${when}`));
  if (edit === "cosigners" && p.proposerKind !== "member" && p.proposerKind !== "joint") refusals.push(refusal("collective", "集体提案没有联名委员"));
  return refusals;
}
