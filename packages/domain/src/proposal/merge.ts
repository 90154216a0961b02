import { parseProposalNumber, unnumberedProposalLabel } from "./number";
import { replyRecipientsOf, type Proposer, type ReplyRecipient } from "./proposer";
import { proposalStatusLabels, type ProposalStatus } from "./status";

/**
 * 并案: filed proposals on the same matter are handled together by the same units, but each
 * proposal keeps its number, its proposers and its evaluation, and every proposer gets the reply
 * (并案办理，分别答复). Proposals are merged after filing and before assignment, so the whole group
 * is assigned at once.
 */
export type MergeCandidate = {
  id: string;
  sessionId: string;
  status: ProposalStatus;
  number: string | null;
  mergeGroupId: string | null;
};

export function mergeProblems(candidates: MergeCandidate[]): string[] {
  const problems: string[] = [];
  if (new Set(candidates.map((c) => c.id)).size < 2) problems.push("并案至少需要两件不同的提案");
  if (new Set(candidates.map((c) => c.sessionId)).size > 1) problems.push("只能合并同一次会议的提案");
  for (const c of candidates) {
    const name = c.number ?? `${unnumberedProposalLabel}提案`;
    if (c.status !== "filed") {
      problems.push(`提案 ${name} 当前为「${proposalStatusLabels[c.status]}」，只有已立案、尚未交办的提案可以并案`);
    } else if (c.mergeGroupId !== null) {
      problems.push(`提案 ${name} 已并案，不能再并入其他并案组`);
    }
  }
  return problems;
}

/** The group is listed under its earliest-numbered proposal, which is how offices cite it. */
export function mergePrimaryOf(candidates: MergeCandidate[]): MergeCandidate | null {
  const serial = (c: MergeCandidate) => parseProposalNumber(c.number ?? "")?.serial ?? Number.POSITIVE_INFINITY;
  return [...candidates].sort((a, b) => serial(a) - serial(b))[0] ?? null;
}

/** Who receives the group's reply, proposal by proposal: every proposer of every proposal in it. */
export function mergeGroupRecipients(
  proposals: { id: string; proposer: Proposer }[],
): { proposalId: string; recipients: ReplyRecipient[] }[] {
  return proposals.map((p) => ({ proposalId: p.id, recipients: replyRecipientsOf(p.proposer) }));
}
