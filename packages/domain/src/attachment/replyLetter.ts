import type { ProposalStatus } from "../proposal/status";
import { refusal, type Refusal } from "../workflow/result";

const handling: readonly ProposalStatus[] = ["assigned", "rehandling"];

/**
 * A unit puts its sealed letter (答复函) beside its reply while it is still writing it: while the
 * proposal is being handled and the unit has not yet sent this round's reply. After that the
 * letter is what the proposer received, so it stays as it is.
 */
export function replyLetterEditRefusals(p: { status: ProposalStatus; unitReplied: boolean }): Refusal[] {
  if (!handling.includes(p.status)) return [refusal("attachment.notHandling", "只有办理中的提案可以上传或删除答复函")];
  if (p.unitReplied) return [refusal("attachment.replied", "本单位已答复，答复函不能再更改；如需补充请联系政协办公室")];
  return [];
}

/**
 * The proposer reads a unit's letter once the unit's reply went out: a letter uploaded after the
 * unit's last sent reply belongs to a reply still being written.
 */
export function replyLetterVisibleToProposer(uploadedAt: Date, lastReplySentAt: Date | null): boolean {
  return lastReplySentAt !== null && uploadedAt.getTime() <= lastReplySentAt.getTime();
}
