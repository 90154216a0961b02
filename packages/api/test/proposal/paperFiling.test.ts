import { dutyLedgerLive, proposalCosigner } from "@cppcc/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, otherMembers, refusal, sessionIds, text, underReview } from "./fixtures";

/** The office's paper joint proposals (纸质联名), and filing that settles the category (立案时确定类别). */
let api: TestApi;
let admin: Caller;
let member: Caller;
let me: string;
let sessionId: string;
let others: string[];
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  member = (await api.loginAs("member")).caller;
  me = await demoMemberId(api);
  sessionId = (await sessionIds(api)).get(5)!;
  others = (await otherMembers(api, 4, [me])).map((m) => m.id);
});
afterAll(() => api?.close());

describe("a paper joint proposal", () => {
  it("is entered by the office with its co-signers confirmed on paper, then reviewed and filed like one made online", async () => {
    api.clock.set("2025-01-10T10:00:00+08:00");
    const p = await admin.proposal.enterPaperJoint({ sessionId, leadMemberId: others[0]!, cosignerIds: [others[1]!, me], ...text, requestId: "paper-joint-0001" });
    expect(p.status).toBe("submitted");
    // The same sheet entered twice (a double click) is one proposal.
    expect((await admin.proposal.enterPaperJoint({ sessionId, leadMemberId: others[0]!, cosignerIds: [others[1]!, me], ...text, requestId: "paper-joint-0001" })).id).toBe(p.id);

    const rows = await api.db.db.select().from(proposalCosigner).where(eq(proposalCosigner.proposalId, p.id));
    expect(rows.map((r) => [r.status, r.confirmedOnPaper]).sort()).toEqual([
      ["confirmed", true],
      ["confirmed", true],
    ]);
    // A co-signer with a login finds it in 我的提案.
    expect((await member.proposal.list({})).items.map((i) => i.id)).toContain(p.id);

    let s = await admin.proposal.startReview({ id: p.id, version: p.version });
    s = await admin.proposal.file({ id: s.id, version: s.version });
    expect(s.status).toBe("filed");

    const timeline = await admin.proposal.timeline({ id: p.id });
    const paper = timeline.filter((e) => e.type === "cosignerConfirmedOnPaper");
    expect(paper.map((e) => e.label)).toEqual(["由办公室代为确认（纸质签名）", "由办公室代为确认（纸质签名）"]);
    expect(paper.flatMap((e) => e.memberNames)).toHaveLength(2);
    expect(timeline.map((e) => e.type)).toEqual(["created", "cosignerConfirmedOnPaper", "cosignerConfirmedOnPaper", "submit", "startReview", "file"]);

    const duty = await api.db.db.select({ memberId: dutyLedgerLive.memberId, kind: dutyLedgerLive.kind }).from(dutyLedgerLive).where(eq(dutyLedgerLive.sourceId, p.id));
    expect(duty.map((d) => `${d.kind}:${d.memberId}`).sort()).toEqual(
      [`proposalSubmitted:${others[0]}`, `proposalFiledAsLead:${others[0]}`, `proposalFiledAsCosigner:${others[1]}`, `proposalFiledAsCosigner:${me}`].sort(),
    );
    api.clock.reset();
  });

  it("needs a co-signer, and never the first proposer as one", async () => {
    expect((await refusal(admin.proposal.enterPaperJoint({ sessionId, leadMemberId: others[0]!, cosignerIds: [], ...text }))).message).toContain("请选择在纸质提案上签名的联名委员");
    expect((await refusal(admin.proposal.enterPaperJoint({ sessionId, leadMemberId: others[0]!, cosignerIds: [others[0]!], ...text }))).message).toBe("不能邀请自己作为联名委员");
    expect((await refusal(member.proposal.enterPaperJoint({ sessionId, leadMemberId: me, cosignerIds: [others[0]!], ...text }))).code).toBe("FORBIDDEN");
  });
});

describe("filing settles the category", () => {
  it("changes the category and the livelihood flag without a revision round, before → after on the timeline", async () => {
    const r = await underReview(admin, sessionId, others[2]!);
    const f = await admin.proposal.file({ id: r.id, version: r.version, category: "health", isLivelihood: false });
    const view = await admin.proposal.get({ id: f.id });
    expect([view.category, view.isLivelihood, view.returns, view.status]).toEqual(["health", false, 0, "filed"]);
    const filing = (await admin.proposal.timeline({ id: f.id })).find((e) => e.type === "file")!;
    expect(filing.detail).toMatchObject({ category: { before: "urbanRural", after: "health" }, isLivelihood: { before: true, after: false } });
  });

  it("leaves them as they were when staff keep them, and refuses a category not in the list", async () => {
    const r = await underReview(admin, sessionId, others[3]!);
    expect((await refusal(admin.proposal.file({ id: r.id, version: r.version, category: "sports" as never }))).code).toBe("BAD_REQUEST");
    const f = await admin.proposal.file({ id: r.id, version: r.version, category: "urbanRural" });
    const filing = (await admin.proposal.timeline({ id: f.id })).find((e) => e.type === "file")!;
    expect(filing.detail).toEqual({ number: f.number });
    expect((await admin.proposal.get({ id: f.id })).category).toBe("urbanRural");
  });
});
