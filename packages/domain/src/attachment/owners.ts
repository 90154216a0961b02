/**
 * What a file can hang on, and what it is for there. One table holds them all (owner kind + owner id +
 * council), so a module added later (supervision letters) only adds a line here and its access rule.
 */
export const attachmentUses = {
  "proposal.material": { owner: "proposal", label: "提案材料" },
  "proposal.replyLetter": { owner: "proposal", label: "答复函" },
  "consultation.material": { owner: "consultation", label: "会议材料" },
  "consultation.outcome": { owner: "consultation", label: "协商报告" },
  "residentTopic.photo": { owner: "residentTopic", label: "群众议题照片" },
  "supervisionLetter.letter": { owner: "supervisionLetter", label: "民主监督建议书" },
} as const;

export type AttachmentUse = keyof typeof attachmentUses;
export type AttachmentOwnerKind = (typeof attachmentUses)[AttachmentUse]["owner"];

export const attachmentUseCodes = Object.keys(attachmentUses) as [AttachmentUse, ...AttachmentUse[]];
export const attachmentOwnerKinds = [...new Set(attachmentUseCodes.map((u) => attachmentUses[u].owner))] as [
  AttachmentOwnerKind,
  ...AttachmentOwnerKind[],
];

export function ownerKindOf(use: AttachmentUse): AttachmentOwnerKind {
  return attachmentUses[use].owner;
}
