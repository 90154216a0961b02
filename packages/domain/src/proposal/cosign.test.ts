import { describe, expect, it } from "vitest";
import { confirmOnPaper, cosignProblems, inviteCosigners, removeCosigner, respondToInvitation } from "./cosign";
import type { Proposer } from "./proposer";

type Joint = Extract<Proposer, { kind: "joint" }>;
const draft: Joint = { kind: "joint", memberId: "lead", cosigners: [] };

const value = <T>(r: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe("co-signing (联名)", () => {
  it("invites each member once and never the first proposer", () => {
    const p = value(inviteCosigners(draft, ["a", "b", "a"]));
    expect(p.cosigners).toEqual([
      { memberId: "a", status: "invited" },
      { memberId: "b", status: "invited" },
    ]);
    expect(inviteCosigners(draft, ["lead"])).toEqual({ ok: false, reason: "不能邀请自己作为联名委员" });
  });

  it("lets a co-signer confirm or decline once; a decliner may be asked again", () => {
    let p = value(inviteCosigners(draft, ["a", "b"]));
    p = value(respondToInvitation(p, "a", true));
    p = value(respondToInvitation(p, "b", false));
    expect(p.cosigners.map((c) => c.status)).toEqual(["confirmed", "declined"]);
    expect(respondToInvitation(p, "a", false)).toEqual({ ok: false, reason: "您已确认联名，无需重复确认" });
    expect(respondToInvitation(p, "b", true)).toEqual({ ok: false, reason: "您已谢绝联名；如需联名，请联系第一提案人重新邀请" });
    expect(respondToInvitation(p, "z", true)).toEqual({ ok: false, reason: "您不在该提案的联名邀请名单中" });
    p = value(inviteCosigners(p, ["a", "b"]));
    expect(p.cosigners.map((c) => c.status)).toEqual(["confirmed", "invited"]);
  });

  it("submits only when every invitation is answered and someone confirmed", () => {
    const invited = value(inviteCosigners(draft, ["a"]));
    expect(cosignProblems(invited)).toEqual([
      "还有 1 位联名委员未确认，请等待确认或移除后再提交",
      "联名提案至少需要一位委员确认联名；无人联名的，请改为个人提案",
    ]);
    expect(cosignProblems(value(respondToInvitation(invited, "a", true)))).toEqual([]);
    expect(cosignProblems(removeCosigner(invited, "a"))).toEqual(["联名提案至少需要一位委员确认联名；无人联名的，请改为个人提案"]);
    expect(cosignProblems({ kind: "member", memberId: "lead" })).toEqual([]);
  });

  it("confirms every co-signer of a paper joint proposal at once, and needs at least one", () => {
    const p = value(confirmOnPaper(draft, ["a", "b", "a"]));
    expect(p.cosigners).toEqual([
      { memberId: "a", status: "confirmed" },
      { memberId: "b", status: "confirmed" },
    ]);
    expect(cosignProblems(p)).toEqual([]);
    expect(confirmOnPaper(draft, [])).toEqual({ ok: false, reason: "纸质联名提案至少需要一位联名委员签名；无人联名的，请按个人提案录入" });
    expect(confirmOnPaper(draft, ["lead"])).toEqual({ ok: false, reason: "不能邀请自己作为联名委员" });
  });
});
