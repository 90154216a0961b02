import { dutyLedger, dutyManualEntry, member } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFirstSheet } from "../../src/services/excel/workbook";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { loginAsNew, residentTopic, townshipId, townshipMembers } from "../consultation/fixtures";
import { draft, refusal, sessionIds, text } from "../proposal/fixtures";

/**
 * A member's duty record after a scripted 2025 (services' clock set in the past): two proposals, a
 * deliberation attended with a speech, and what the office records off the platform. The record must
 * equal the script entry by entry, and the score under two real tables the totals worked by hand.
 */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let a: Caller;
let b: Caller;
let aId: string;
let bId: string;
/** What the script did, as the record should show it: kind, source table and id, role, signers. */
const script: { member: string; kind: string; table: string; id: string; role: string | null; signers: number | null }[] = [];
let jointId: string;
let revokedId: string;
const at = (day: string, time = "10:00") => api.clock.set(`${day}T${time}:00+08:00`);

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  [aId, bId] = (await townshipMembers(api, "当湖街道")).slice(0, 2) as [string, string];
  a = await loginAsNew(api, "member", { memberId: aId });
  b = await loginAsNew(api, "member", { memberId: bId });
  const sessionId = (await sessionIds(api)).get(5)!;

  // March: a joint proposal, B confirming as co-signer; filed, then made a key proposal.
  at("2025-03-05");
  let p = await a.proposal.create({ sessionId, proposer: { kind: "joint", memberId: aId, cosigners: [{ memberId: bId, status: "invited" }] }, ...text });
  await b.proposal.respondToInvitation({ id: p.id, confirm: true });
  p = await a.proposal.get({ id: p.id }).then((v) => ({ ...p, version: v.version }));
  p = await a.proposal.submit({ id: p.id, version: p.version });
  jointId = p.id;
  script.push({ member: aId, kind: "proposalSubmitted", table: "proposal", id: p.id, role: "lead", signers: 2 });
  at("2025-03-20");
  p = await admin.proposal.startReview({ id: p.id, version: p.version });
  p = await admin.proposal.file({ id: p.id, version: p.version });
  script.push({ member: aId, kind: "proposalFiledAsLead", table: "proposal", id: p.id, role: "lead", signers: 2 });
  script.push({ member: bId, kind: "proposalFiledAsCosigner", table: "proposal", id: p.id, role: "cosigner", signers: 2 });
  at("2025-03-25");
  await admin.proposal.markKey({ id: p.id, version: p.version, keyProposal: { sponsorName: "张三", sponsorTitle: "副市长", followUpOn: "2025-05-01" } });
  script.push({ member: aId, kind: "keyProposal", table: "proposal", id: p.id, role: "lead", signers: 2 });

  // A township deliberation on 10 March: A marked present by hand, and speaks.
  at("2025-03-09");
  const danghu = await townshipId(api, "当湖街道");
  await api.caller(undefined, "192.0.2.7").consultation.publicTopic.submit(residentTopic(danghu, 7));
  const topic = (await liaison.consultation.residentTopic.list({ state: "pending" })).items[0]!;
  await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" });
  const { consultation } = await liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [topic.id], title: "路灯议事会", plannedDate: "2025-03-10" });
  at("2025-03-10");
  await liaison.consultation.checkIn.mark({ consultationId: consultation.id, memberId: aId, present: true });
  const speech = await liaison.consultation.speech.record({ consultationId: consultation.id, memberId: aId, kind: "oral", title: "关于路灯维修的发言" });
  script.push({ member: aId, kind: "consultationAttendance", table: "consultation", id: consultation.id, role: null, signers: null });
  script.push({ member: aId, kind: "consultationSpeech", table: "consultation_speech", id: (speech as { id: string }).id, role: null, signers: null });

  // April: a personal proposal, submitted and filed the same day.
  at("2025-04-10");
  let q = await draft(a, sessionId, aId, { title: "关于增设社区食堂的建议" });
  q = await a.proposal.submit({ id: q.id, version: q.version });
  q = await admin.proposal.startReview({ id: q.id, version: q.version });
  await admin.proposal.file({ id: q.id, version: q.version });
  script.push({ member: aId, kind: "proposalSubmitted", table: "proposal", id: q.id, role: "lead", signers: 1 });
  script.push({ member: aId, kind: "proposalFiledAsLead", table: "proposal", id: q.id, role: "lead", signers: 1 });

  // Off the platform, recorded by the office in December: the plenary, six public-welfare
  // activities, a research trip, and an award recorded in error and revoked.
  at("2025-12-20");
  const add = async (kind: string, occurredOn: string, description: string) => {
    const { id } = await admin.duty.addEntry({ memberId: aId, kind, occurredOn, description, evidence: "活动签到表及照片" });
    script.push({ member: aId, kind, table: "duty_manual_entry", id, role: null, signers: null });
    return id;
  };
  await add("plenaryAttendance", "2025-01-10", "出席十三届五次全体会议");
  for (const [i, month] of ["05", "06", "07", "08", "09", "10"].entries()) await add("publicWelfare", `2025-${month}-15`, `第${i + 1}次公益助学活动`);
  await add("research", "2025-07-01", "参加养老服务专题调研");
  revokedId = (await admin.duty.addEntry({ memberId: aId, kind: "award", occurredOn: "2025-11-01", description: "优秀委员表彰", evidence: "表彰文件" })).id;
  await admin.duty.revokeEntry({ id: revokedId, reason: "表彰对象登记错误，应为另一位委员" });
}, 60_000);
afterAll(() => api?.close());

const sorted = <T extends { kind: string; id: string }>(rows: T[]) => [...rows].sort((x, y) => (x.kind + x.id < y.kind + y.id ? -1 : 1));

describe("a member's duty record", () => {
  it("equals, entry by entry, what the scripted year did (the revoked award gone)", async () => {
    for (const [who, id] of [[a, aId], [b, bId]] as const) {
      const record = await who.duty.record({ year: 2025 });
      expect(record.member.id).toBe(id);
      const got = record.entries.map((e) => ({ member: id, kind: e.kind, table: e.source.table, id: e.source.id, role: e.role, signers: e.signers }));
      expect(sorted(got)).toEqual(sorted(script.filter((s) => s.member === id)));
      expect(record.table).toBeNull();
      expect(record.score).toBeNull();
    }
    // Each entry leads to the screen of its source: a speech to its consultation, a proposal to itself.
    const record = await a.duty.record({ year: 2025 });
    const speech = record.entries.find((e) => e.kind === "consultationSpeech")!;
    expect(speech.source).toMatchObject({ screen: "consultation", title: "路灯议事会：关于路灯维修的发言" });
    expect(speech.source.recordId).toBe(record.entries.find((e) => e.kind === "consultationAttendance")!.source.id);
    expect(record.entries.find((e) => e.source.id === jointId)!.source).toMatchObject({ screen: "proposal", recordId: jointId, title: text.title });
    expect(record.entries.find((e) => e.kind === "research")!.source.manual).toEqual({ description: "参加养老服务专题调研", evidence: "活动签到表及照片", occurredOn: "2025-07-01" });
    // Nothing of 2025 shows in 2024.
    expect((await a.duty.record({ year: 2024 })).entries).toEqual([]);
  });

  it("revokes by a reversal with its reason, never a delete, and refuses a second revocation", async () => {
    const rows = await api.db.db.select().from(dutyLedger).where(eq(dutyLedger.sourceId, revokedId));
    expect(rows).toHaveLength(2);
    const original = rows.find((r) => r.reversesId === null)!;
    expect(rows.find((r) => r.reversesId === original.id)).toBeDefined();
    const [row] = await api.db.db.select().from(dutyManualEntry).where(eq(dutyManualEntry.id, revokedId));
    expect(row!.revokeReason).toBe("表彰对象登记错误，应为另一位委员");
    expect(await refusal(admin.duty.revokeEntry({ id: revokedId, reason: "再撤一次" }))).toEqual({
      code: "BAD_REQUEST",
      message: "该记录已于 2025-12-20 撤销（原因：表彰对象登记错误，应为另一位委员），无需再次撤销",
    });
  });

  it("refuses entries the platform records itself, and says what is missing", async () => {
    expect((await refusal(admin.duty.addEntry({ memberId: aId, kind: "proposalSubmitted", occurredOn: "2025-01-01", description: "x", evidence: "y" }))).message).toBe(
      "请选择平台外履职的类型（平台上办理的事项由平台自动记录）",
    );
    expect((await refusal(admin.duty.addEntry({ memberId: aId, kind: "award", occurredOn: "2025-02-30", description: "x", evidence: " " }))).message).toBe(
      "发生日期不是有效的日期，请检查月份和日期；请填写佐证材料说明",
    );
  });

  it("lets a member read only their own record, and nobody but the office add to it", async () => {
    expect(await refusal(a.duty.record({ memberId: bId, year: 2025 }))).toEqual({ code: "FORBIDDEN", message: "只能查看本人的履职档案" });
    expect((await a.duty.record({ memberId: aId, year: 2025 })).member.id).toBe(aId);
    expect((await admin.duty.record({ memberId: bId, year: 2025 })).member.id).toBe(bId);
    expect((await refusal(a.duty.addEntry({ memberId: aId, kind: "award", occurredOn: "2025-02-01", description: "x", evidence: "y" }))).code).toBe("FORBIDDEN");
    expect((await refusal(liaison.duty.record({ memberId: aId, year: 2025 }))).code).toBe("FORBIDDEN");
  });
});

describe("scores under the year's table", () => {
  it("scores Tongcheng 2019 as a draft: A 79 (proposals capped at 25), B 12.5 (half of 25 split with the lead)", async () => {
    const saved = await admin.evaluation.table.saveDraft({ year: 2025, version: null, startFrom: { preset: "tongcheng2019" } });
    expect(saved).toMatchObject({ status: "draft", version: 1 });
    const record = await a.duty.record({ year: 2025 });
    expect(record.table).toMatchObject({ status: "draft", name: "桐城市政协委员履职考评" });
    // meetings 50 (plenary) + proposals 5 + 7.5 + 10 + 2.5 of 15 (cap 25) + activities 2 + 2 = 79.
    expect(record.score!.categories.map((c) => [c.code, c.subtotal])).toEqual([["meetings", 50], ["proposals", 25], ["activities", 4], ["opinionReports", 0]]);
    expect(record.score!.total).toBe(79);
    expect(record.score!.band.label).toBe("合格");
    const personalFiled = record.entries.find((e) => e.kind === "proposalFiledAsLead" && e.signers === 1)!;
    expect(personalFiled.points).toEqual([{ clause: { code: "proposalFiled", label: "提案立案", category: "proposals" }, raw: 15, applied: 2.5, note: "已达本类上限25分，本条计2.5分" }]);
    const jointSubmitted = record.entries.find((e) => e.kind === "proposalSubmitted" && e.signers === 2)!;
    expect(jointSubmitted.points[0]).toMatchObject({ raw: 5, applied: 5, note: "2人联名，第一提案人得10分的50%；计5分" });
    expect(record.entries.find((e) => e.kind === "keyProposal")!.points[0]).toMatchObject({ clause: null, applied: 0, note: "本考评表未对此类记录计分" });

    const cosigner = await admin.duty.record({ memberId: bId, year: 2025 });
    expect(cosigner.score!.total).toBe(12.5);
    expect(cosigner.score!.band.label).toBe("不合格");
  });

  it("recomputes when the draft changes: Jinan 2015 gives A 90 (base 70, one extra filing 5, key 5, welfare capped at 10) and B 70", async () => {
    const current = await admin.evaluation.table.get({ year: 2025 });
    await admin.evaluation.table.saveDraft({ year: 2025, version: current.table!.version, startFrom: { preset: "jinan2015" } });
    const record = await a.duty.record({ year: 2025 });
    expect(record.score).toMatchObject({ base: 70, total: 90, band: { label: "优秀" }, unmetMinimums: [] });
    const welfare = record.entries.filter((e) => e.kind === "publicWelfare").map((e) => e.applied);
    expect(welfare).toEqual([2, 2, 2, 2, 2, 0]);
    expect(record.entries.filter((e) => e.kind === "proposalFiledAsLead").map((e) => e.points[0]!.note)).toEqual(["本年第1件属基本要求，不另计分", "计5分"]);
    const cosigner = await admin.duty.record({ memberId: bId, year: 2025 });
    expect(cosigner.score).toMatchObject({ total: 70, band: { label: "称职" } });
    expect(cosigner.score!.unmetMinimums.map((m) => m.code)).toEqual(["onePlenary", "oneProposalOrReport", "oneInspectionOrResearch"]);
  });

  it("ranks the township's members by total under the same scores, and exports the ranking", async () => {
    const [row] = await api.db.db.select({ groupId: member.townshipGroupId }).from(member).where(eq(member.id, aId));
    const ranking = await admin.duty.ranking({ year: 2025, townshipGroupId: row!.groupId });
    const inGroup = await api.db.db.select({ id: member.id }).from(member).where(and(eq(member.townshipGroupId, row!.groupId), eq(member.status, "active")));
    expect(ranking.items.map((i) => i.memberId).sort()).toEqual(inGroup.map((m) => m.id).sort());
    expect(ranking.items[0]).toMatchObject({ memberId: aId, rank: 1, total: 90 });
    expect(ranking.items.find((i) => i.memberId === bId)).toMatchObject({ total: 70 });
    // Everyone else has no entries: the base, all sharing one rank.
    const rest = ranking.items.filter((i) => i.memberId !== aId);
    expect(new Set(rest.map((i) => i.rank))).toEqual(new Set([2]));
    const file = await admin.duty.exportRanking({ year: 2025 });
    expect(file.fileName).toBe("履职考评排名-2025（草稿）.xlsx");
    // The file says what the screen says: A first, with each category's subtotal and the total.
    const sheet = await readFirstSheet(file.file);
    expect(sheet[0]).toEqual(["名次", "姓名", "职务", "界别", "委员小组", "全体会议出勤", "加分项目", "总分", "档次", "未达基本要求", "记录条数"]);
    expect(sheet.slice(1).find((r) => r[1] === ranking.items[0]!.name)?.slice(5, 9)).toEqual(["0", "20", "90", "优秀"]);
    expect(file.rows).toBe(sheet.length - 1);
    expect((await refusal(a.duty.ranking({ year: 2025 }))).code).toBe("FORBIDDEN");
  });

  it("freezes the year once published: saves refused with the reason, scores unchanged; a stale version is a CONFLICT", async () => {
    const current = await admin.evaluation.table.get({ year: 2025 });
    expect((await refusal(admin.evaluation.table.saveDraft({ year: 2025, version: current.table!.version - 1, startFrom: { preset: "tongcheng2019" } }))).code).toBe("CONFLICT");
    at("2025-12-31");
    const published = await admin.evaluation.table.publish({ year: 2025, version: current.table!.version });
    expect(published.status).toBe("published");
    expect(await refusal(admin.evaluation.table.saveDraft({ year: 2025, version: published.version, startFrom: { preset: "tongcheng2019" } }))).toEqual({
      code: "BAD_REQUEST",
      message: "2025 年度考评表已于 2025-12-31 发布，发布后不能再修改（已公布的考评结果须保持不变）",
    });
    expect((await refusal(admin.evaluation.table.publish({ year: 2025, version: published.version }))).code).toBe("BAD_REQUEST");
    const record = await a.duty.record({ year: 2025 });
    expect(record.table).toMatchObject({ status: "published" });
    expect(record.score!.total).toBe(90);
  });

  it("names each problem of a table the office sends, by section and line", async () => {
    const start = await admin.evaluation.table.saveDraft({ year: 2026, version: null, startFrom: { year: 2025 } });
    const document = structuredClone(start.document);
    document.clauses[0]!.points = 1.234;
    const { message } = await refusal(admin.evaluation.table.saveDraft({ year: 2026, version: start.version, document }));
    expect(message).toBe("计分规则第1条：分值最多保留两位小数");
    expect((await refusal(liaison.evaluation.table.get({ year: 2026 }))).code).toBe("FORBIDDEN");
  });
});
