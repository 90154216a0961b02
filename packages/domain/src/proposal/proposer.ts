import { z } from "zod";

/**
 * Who proposes (提案者): a member alone, members jointly (联名), or a collective proposer — a
 * participating unit (党派、团体: 集体提案), a sector (界别), a township member group or a
 * special committee. A collective proposal names the member who writes it for the body
 * (contactMemberId), or none when staff enter a paper proposal on its behalf.
 */
export const proposerKinds = ["member", "joint", "participatingUnit", "sector", "townshipGroup", "committee"] as const;
export type ProposerKind = (typeof proposerKinds)[number];

export const proposerKindLabels: Record<ProposerKind, string> = {
  member: "委员个人提案",
  joint: "委员联名提案",
  participatingUnit: "党派团体集体提案",
  sector: "界别提案",
  townshipGroup: "委员小组提案",
  committee: "专委会提案",
};

/** A co-signer is invited by the first proposer and confirms or declines in their own portal. */
export const cosignerStatuses = ["invited", "confirmed", "declined"] as const;
export type CosignerStatus = (typeof cosignerStatuses)[number];

export const cosignerStatusLabels: Record<CosignerStatus, string> = {
  invited: "待确认",
  confirmed: "已确认",
  declined: "已谢绝",
};

const id = z.string().min(1, "请选择提案者");

export const cosignerSchema = z.object({ memberId: id, status: z.enum(cosignerStatuses) });
export type Cosigner = z.infer<typeof cosignerSchema>;

const contactMemberId = id.nullable();

export const proposerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("member"), memberId: id }),
  /** memberId is the first proposer (领衔), who leads and answers for the proposal. */
  z.object({ kind: z.literal("joint"), memberId: id, cosigners: z.array(cosignerSchema) }),
  z.object({ kind: z.literal("participatingUnit"), participatingUnitId: id, contactMemberId }),
  z.object({ kind: z.literal("sector"), sectorId: id, contactMemberId }),
  z.object({ kind: z.literal("townshipGroup"), townshipGroupId: id, contactMemberId }),
  z.object({ kind: z.literal("committee"), committeeId: id, contactMemberId }),
]);
export type Proposer = z.infer<typeof proposerSchema>;

/** Collective proposals are the body's, not one member's: they count for no member's duty record. */
export function isCollective(p: Proposer): boolean {
  return p.kind !== "member" && p.kind !== "joint";
}

/** The member who acts for the proposal in the portal: submits, revises, evaluates the reply. */
export function leadMemberOf(p: Proposer): string | null {
  return p.kind === "member" || p.kind === "joint" ? p.memberId : p.contactMemberId;
}

/**
 * Whether this actor acts for the proposal as a member: only its first proposer (for a collective
 * proposal, its contact) writes, submits, withdraws and rates it; a co-signer only confirms.
 */
export function actsForProposer(actor: { memberId?: string | null }, leadMemberId: string | null): boolean {
  return actor.memberId != null && actor.memberId === leadMemberId;
}

/** Members who signed the proposal: the first proposer and every co-signer who confirmed. */
export function signingMembersOf(p: Proposer): { memberId: string; lead: boolean }[] {
  if (p.kind === "member") return [{ memberId: p.memberId, lead: true }];
  if (p.kind === "joint") {
    return [
      { memberId: p.memberId, lead: true },
      ...p.cosigners.filter((c) => c.status === "confirmed").map((c) => ({ memberId: c.memberId, lead: false })),
    ];
  }
  return [];
}

/** Who a reply is addressed to: every signing member, or the collective body and its contact. */
export type ReplyRecipient =
  | { kind: "member"; memberId: string }
  | { kind: "participatingUnit" | "sector" | "townshipGroup" | "committee"; id: string };

export function replyRecipientsOf(p: Proposer): ReplyRecipient[] {
  switch (p.kind) {
    case "member":
    case "joint":
      return signingMembersOf(p).map((s) => ({ kind: "member", memberId: s.memberId }));
    case "participatingUnit":
      return withContact({ kind: p.kind, id: p.participatingUnitId }, p.contactMemberId);
    case "sector":
      return withContact({ kind: p.kind, id: p.sectorId }, p.contactMemberId);
    case "townshipGroup":
      return withContact({ kind: p.kind, id: p.townshipGroupId }, p.contactMemberId);
    case "committee":
      return withContact({ kind: p.kind, id: p.committeeId }, p.contactMemberId);
  }
}

function withContact(body: ReplyRecipient, contactMemberId: string | null): ReplyRecipient[] {
  return contactMemberId ? [body, { kind: "member", memberId: contactMemberId }] : [body];
}
