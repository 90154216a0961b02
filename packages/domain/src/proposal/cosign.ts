import type { Cosigner, Proposer } from "./proposer";
import { accept, refuse, type Outcome } from "./outcome";

type Joint = Extract<Proposer, { kind: "joint" }>;

/**
 * 联名: the first proposer invites co-signers; each confirms or declines in their own portal.
 * Co-signers change only while the proposal is a draft (the service checks the status), so what
 * staff review is exactly what every signer agreed to.
 */
export function inviteCosigners(p: Joint, memberIds: string[]): Outcome<Joint> {
  if (memberIds.includes(p.memberId)) return refuse("不能邀请自己作为联名委员");
  const cosigners: Cosigner[] = [...p.cosigners];
  for (const memberId of new Set(memberIds)) {
    const i = cosigners.findIndex((c) => c.memberId === memberId);
    // A member who declined may be asked again; one already invited or confirmed stays as is.
    if (i === -1) cosigners.push({ memberId, status: "invited" });
    else if (cosigners[i]!.status === "declined") cosigners[i] = { memberId, status: "invited" };
  }
  return accept({ ...p, cosigners });
}

export function removeCosigner(p: Joint, memberId: string): Joint {
  return { ...p, cosigners: p.cosigners.filter((c) => c.memberId !== memberId) };
}

export function respondToInvitation(p: Joint, memberId: string, confirm: boolean): Outcome<Joint> {
  const mine = p.cosigners.find((c) => c.memberId === memberId);
  if (!mine) return refuse("您不在该提案的联名邀请名单中");
  if (mine.status !== "invited") {
    return refuse(mine.status === "confirmed" ? "您已确认联名，无需重复确认" : "您已谢绝联名；如需联名，请联系第一提案人重新邀请");
  }
  const status = confirm ? "confirmed" : "declined";
  return accept({ ...p, cosigners: p.cosigners.map((c) => (c.memberId === memberId ? { memberId, status } : c)) });
}

/** Why a joint proposal cannot be submitted yet; empty when it can (and for every other kind). */
export function cosignProblems(p: Proposer): string[] {
  if (p.kind !== "joint") return [];
  const pending = p.cosigners.filter((c) => c.status === "invited").length;
  const confirmed = p.cosigners.filter((c) => c.status === "confirmed").length;
  const problems: string[] = [];
  if (pending > 0) problems.push(`还有 ${pending} 位联名委员未确认，请等待确认或移除后再提交`);
  if (confirmed === 0) problems.push("联名提案至少需要一位委员确认联名；无人联名的，请改为个人提案");
  return problems;
}

/**
 * 纸质联名: the office enters a joint proposal signed on paper, for members who may have no login.
 * The signatures on the sheet are the confirmation, so every named co-signer is confirmed at once
 * (the service records each as confirmed by the office on paper). At least one must have signed.
 */
export function confirmOnPaper(p: Joint, memberIds: string[]): Outcome<Joint> {
  if (memberIds.length === 0) return refuse("纸质联名提案至少需要一位联名委员签名；无人联名的，请按个人提案录入");
  const invited = inviteCosigners({ ...p, cosigners: [] }, memberIds);
  if (!invited.ok) return invited;
  return accept({ ...invited.value, cosigners: invited.value.cosigners.map((c) => ({ ...c, status: "confirmed" as const })) });
}
