import { Conflict, editableStatuses, Forbidden, proposalStatusLabels, RuleViolation, type ProposalStatus } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";
import type { ProposalRow } from "./row";
import { staleMessage } from "./step";

/** What is being changed outside the state machine, and when it may be. */
const edits = {
  text: { allowed: editableStatuses, when: "只有草稿或退回修改的提案可以修改内容" },
  cosigners: { allowed: ["draft"], when: "联名名单只能在提交前更改" },
  discard: { allowed: ["draft"], when: "只有未提交的草稿可以删除；已提交的提案请撤回" },
} as const satisfies Record<string, { allowed: readonly ProposalStatus[]; when: string }>;

/**
 * Checks for changes outside the state machine (the text, the co-signers, deleting a draft): the
 * version the client read, that a member is the one who writes the proposal (a co-signer only
 * confirms), and that the proposal is still in its proposer's hands.
 */
export function assertEditable(ctx: SignedInContext, row: ProposalRow, version: number, edit: keyof typeof edits): void {
  if (row.version !== version) throw new Conflict(staleMessage);
  if (ctx.actor.role === "member" && row.leadMemberId !== ctx.actor.memberId) {
    throw new Forbidden("只有第一提案人（集体提案为其联系人）可以修改提案；联名委员只需确认或谢绝联名");
  }
  const { allowed, when } = edits[edit];
  if (!(allowed as readonly ProposalStatus[]).includes(row.status)) {
    throw new RuleViolation(`提案当前为「${proposalStatusLabels[row.status]}」，${when}`);
  }
}
