import { proposalCosigner } from "@cppcc/db";
import { proposalLimits } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, draft, extraLogin, otherMembers, refusal, sessionIds, text, refusalMessages } from "./fixtures";

/** The member's side in the portal: writing, limits, co-signers, submitting, withdrawing, similar proposals. */
let api: TestApi;
let admin: Caller;
let member: Caller;
let handler: Caller;
let me: string;
let sessionId: string;
let others: { id: string; name: string }[];
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  member = (await api.loginAs("member")).caller;
  handler = (await api.loginAs("handler")).caller;
  me = await demoMemberId(api);
  sessionId = (await sessionIds(api)).get(5)!;
  others = await otherMembers(api, 3, [me]);
});
afterAll(() => api?.close());

describe("text limits", () => {
  it("refuses over-long text naming the limit, already in a draft", async () => {
    const tooLong = "很".repeat(proposalLimits.situation.max + 1);
    expect(await refusal(draft(member, sessionId, me, { situation: tooLong }))).toEqual({
      code: "BAD_REQUEST",
      message: `案由不能超过 ${proposalLimits.situation.max} 个字，请精简或拆分`,
    });
    const d = await member.proposal.create({ sessionId, proposer: { kind: "member", memberId: me } });
    expect(await refusal(member.proposal.saveDraft({ id: d.id, version: d.version, title: "题".repeat(51) }))).toEqual({
      code: "BAD_REQUEST",
      message: `标题不能超过 ${proposalLimits.title.max} 个字`,
    });
  });

  it("refuses to submit an incomplete draft, listing every missing part", async () => {
    const d = await member.proposal.create({ sessionId, proposer: { kind: "member", memberId: me }, title: "停车难" });
    const { code, message } = await refusal(member.proposal.submit({ id: d.id, version: d.version }));
    expect(code).toBe("BAD_REQUEST");
    // Each missing part is its own refusal; the error's message is the first.
    const messages = await refusalMessages(member.proposal.submit({ id: d.id, version: d.version }));
    expect(messages).toEqual(
      expect.arrayContaining([`标题至少 ${proposalLimits.title.min} 个字`, expect.stringContaining("请填写案由"), expect.stringContaining("请选择提案类别")]),
    );
    expect(message).toBe(messages[0]);
  });
});

describe("who may draft", () => {
  it("lets a member draft only in their own name", async () => {
    expect(await refusal(draft(member, sessionId, others[0]!.id))).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("只能以本人名义") });
  });

  it("lets staff enter a paper proposal for a member, and hides members' drafts from staff", async () => {
    const paper = await draft(admin, sessionId, others[0]!.id);
    expect((await admin.proposal.get({ id: paper.id })).proposer.leadMemberId).toBe(others[0]!.id);
    const mine = await draft(member, sessionId, me);
    expect((await refusal(admin.proposal.get({ id: mine.id }))).code).toBe("NOT_FOUND");
    const submitted = await member.proposal.submit({ id: mine.id, version: mine.version });
    expect((await admin.proposal.get({ id: submitted.id })).status).toBe("submitted");
  });

  it("refuses members of no term, unknown bodies and units without the right", async () => {
    expect((await refusal(member.proposal.create({ sessionId, proposer: { kind: "joint", memberId: me, cosigners: [{ memberId: crypto.randomUUID(), status: "invited" }] } }))).message).toContain(
      "不是本届在册委员",
    );
    expect((await refusal(admin.proposal.create({ sessionId, proposer: { kind: "sector", sectorId: crypto.randomUUID(), contactMemberId: null } }))).message).toBe("所选界别不存在");
    expect((await refusal(handler.proposal.create({ sessionId, proposer: { kind: "member", memberId: me } }))).code).toBe("FORBIDDEN");
  });
});

describe("co-signers", () => {
  it("invites, takes a decline, invites again, removes, and turns back into a personal proposal", async () => {
    const [a, b] = others;
    const cosignerA = await extraLogin(api, "member", a!.id);
    let p = await draft(member, sessionId, me);
    p = await member.proposal.inviteCosigners({ id: p.id, version: p.version, memberIds: [a!.id, b!.id] });
    let view = await member.proposal.get({ id: p.id });
    expect(view.proposer.kind).toBe("joint");
    expect(view.proposer.cosigners.map((c) => [c.memberId, c.status]).sort()).toEqual(
      [
        [a!.id, "invited"],
        [b!.id, "invited"],
      ].sort(),
    );
    expect((await refusal(member.proposal.inviteCosigners({ id: p.id, version: p.version, memberIds: [me] }))).message).toBe("不能邀请自己作为联名委员");

    // The co-signer sees the draft while invited, and may read it before answering.
    expect((await cosignerA.proposal.get({ id: p.id })).my).toMatchObject({ part: "invited", steps: [], canEditText: false });
    expect(await cosignerA.proposal.respondToInvitation({ id: p.id, confirm: false })).toMatchObject({ status: "declined" });
    // Having declined, it is no longer theirs to see.
    expect((await refusal(cosignerA.proposal.get({ id: p.id }))).code).toBe("NOT_FOUND");
    // The co-signer cannot edit the text either way.
    p = await member.proposal.inviteCosigners({ id: p.id, version: p.version, memberIds: [a!.id] });
    expect((await refusal(cosignerA.proposal.saveDraft({ id: p.id, version: p.version, title: "联名委员改的标题" }))).code).toBe("FORBIDDEN");
    await cosignerA.proposal.respondToInvitation({ id: p.id, confirm: true });
    expect((await refusal(cosignerA.proposal.respondToInvitation({ id: p.id, confirm: true }))).message).toBe("您已确认联名，无需重复确认");

    p = await member.proposal.removeCosigner({ id: p.id, version: p.version, memberId: b!.id });
    p = await member.proposal.removeCosigner({ id: p.id, version: p.version, memberId: a!.id });
    view = await member.proposal.get({ id: p.id });
    expect(view.proposer).toMatchObject({ kind: "member", cosigners: [] });
    expect(await api.db.db.select().from(proposalCosigner).where(eq(proposalCosigner.proposalId, p.id))).toEqual([]);
  });

  it("freezes the list once submitted, and refuses a joint proposal nobody confirmed", async () => {
    const [a] = others;
    let p = await member.proposal.create({ sessionId, proposer: { kind: "joint", memberId: me, cosigners: [{ memberId: a!.id, status: "invited" }] }, ...text });
    const cosigner = await extraLogin(api, "member", a!.id);
    await cosigner.proposal.respondToInvitation({ id: p.id, confirm: false });
    expect((await refusalMessages(member.proposal.submit({ id: p.id, version: p.version }))).join("\n")).toContain("联名提案至少需要一位委员确认联名");
    p = await member.proposal.inviteCosigners({ id: p.id, version: p.version, memberIds: [a!.id] });
    await cosigner.proposal.respondToInvitation({ id: p.id, confirm: true });
    p = await member.proposal.submit({ id: p.id, version: p.version });
    expect((await refusal(member.proposal.inviteCosigners({ id: p.id, version: p.version, memberIds: [others[1]!.id] }))).message).toBe(
      "提案当前为「已提交」，联名名单只能在提交前更改",
    );
  });
});

describe("withdrawing and discarding", () => {
  it("deletes an unsent draft, withdraws a submitted one, and refuses to withdraw a filed one", async () => {
    const d = await draft(member, sessionId, me);
    expect(await member.proposal.discardDraft({ id: d.id, version: d.version })).toEqual({ id: d.id, deleted: true });
    expect((await refusal(member.proposal.get({ id: d.id }))).code).toBe("NOT_FOUND");

    let p = await draft(member, sessionId, me);
    p = await member.proposal.submit({ id: p.id, version: p.version });
    expect((await refusal(member.proposal.discardDraft({ id: p.id, version: p.version }))).message).toContain("已提交的提案请撤回");
    p = await member.proposal.withdraw({ id: p.id, version: p.version });
    expect(p.status).toBe("withdrawn");
    expect((await refusal(member.proposal.submit({ id: p.id, version: p.version }))).message).toBe("提案已撤回，不能再提交");

    let f = await draft(member, sessionId, me);
    f = await member.proposal.submit({ id: f.id, version: f.version });
    f = await admin.proposal.startReview({ id: f.id, version: f.version });
    f = await admin.proposal.file({ id: f.id, version: f.version });
    expect((await refusal(member.proposal.withdraw({ id: f.id, version: f.version }))).message).toBe(
      "提案当前为「已立案」，不能撤回（仅「已提交」或「审查中」或「退回修改」时可以撤回）",
    );
  });
});

describe("similar proposals while writing", () => {
  it("finds submitted proposals of the same session like the title or text being typed", async () => {
    const other = others[2]!.id;
    const parking = await draft(admin, sessionId, other, {
      title: "关于缓解老城区停车难问题的建议",
      situation: "老城区道路狭窄，停车泊位严重不足，车辆乱停乱放现象突出，影响交通和消防通道畅通。",
    });
    await admin.proposal.submit({ id: parking.id, version: parking.version });
    const unrelated = await draft(admin, sessionId, other, { title: "关于加强农村饮用水安全保障的建议", situation: "部分农村地区供水管网老化，水质监测覆盖不全，存在饮用水安全隐患，需要加快改造。" });
    await admin.proposal.submit({ id: unrelated.id, version: unrelated.version });
    // Drafts are private and other sessions are not compared.
    await draft(admin, sessionId, other, { title: "关于解决老城区停车难的建议（草稿）" });
    const elsewhere = await draft(admin, (await sessionIds(api)).get(4)!, other, { title: "关于缓解老城区停车难问题的建议" });
    await admin.proposal.submit({ id: elsewhere.id, version: elsewhere.version });

    const found = await member.proposal.similar({ sessionId, title: "关于解决老城区停车难的建议", text: "" });
    expect(found.map((f) => f.id)).toEqual([parking.id]);
    expect(found[0]).toMatchObject({ title: "关于缓解老城区停车难问题的建议", status: "submitted", mine: false });
    expect(found[0]!.score).toBeGreaterThan(0.3);

    const byText = await member.proposal.similar({ sessionId, title: "", text: "停车泊位严重不足，车辆乱停乱放" });
    expect(byText.map((f) => f.id)).toEqual([parking.id]);
    expect(await member.proposal.similar({ sessionId, title: "关于", text: "" })).toEqual([]);
    expect(await member.proposal.similar({ sessionId, title: "关于解决老城区停车难的建议", excludeId: parking.id })).toEqual([]);
  });
});
