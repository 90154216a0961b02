import { member, sector } from "@cppcc/db";
import { isStanding, memberPosts, type FigureId } from "@cppcc/domain";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFirstSheet } from "../../src/services/excel/workbook";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { committeeId, errorOf, residentTopic, townshipId, townshipMembers, unitId } from "../consultation/fixtures";
import { draft, membersOf, sessionIds, text } from "../proposal/fixtures";

/**
 * 数说 after a scripted 2025 (services' clock set in the past) on a roster without any year: each
 * figure must equal what the script did, the township and sector filters must narrow to the records
 * of that township's or sector's members (or say they do not apply), and unbuilt modules must say so.
 */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let danghu: string;
let a: { id: string; sectorId: string };
let b: { id: string; sectorId: string };
let c: { id: string; sectorId: string };
const at = (day: string, time = "10:00") => api.clock.set(`${day}T${time}:00+08:00`);

type Row = { id: string; version: number };
async function holdOn(organiser: Caller, c0: Row, day: string, present: string[]) {
  const planned = await organiser.consultation.transition({ id: c0.id, version: c0.version, event: { type: "plan" } });
  await organiser.consultation.transition({ id: c0.id, version: planned.version, event: { type: "schedule", date: day } });
  for (const memberId of present) await organiser.consultation.checkIn.mark({ consultationId: c0.id, memberId, present: true });
  const { version } = await organiser.consultation.get({ id: c0.id });
  return organiser.consultation.transition({ id: c0.id, version, event: { type: "hold" } });
}
const memberSuggestion = (consultationId: string, memberId: string, n: number) =>
  admin.consultation.suggestion.record({ consultationId, content: `第${n}条建议：请有关部门尽快研究`, category: "economy", authorKind: "member", authorMemberId: memberId });

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  danghu = await townshipId(api, "当湖街道");
  const inside = await townshipMembers(api, "当湖街道");
  const rows = await api.db.db.select({ id: member.id, sectorId: member.sectorId }).from(member).where(inArray(member.id, inside.slice(0, 2)));
  a = rows.find((r) => r.id === inside[0])!;
  b = rows.find((r) => r.id === inside[1])!;
  c = (await membersOf(api, "当湖街道", false, 1))[0]!;
  const sessions = await sessionIds(api);
  const unit = await unitId(api, "市住建局");
  const lead = await committeeId(api, "提案委员会");

  // 2024 (session 3): one proposal by A, filed — in the term, not in 2025.
  at("2024-03-01");
  let p = await draft(admin, sessions.get(3)!, a.id);
  p = await admin.proposal.submit({ id: p.id, version: p.version });
  p = await admin.proposal.startReview({ id: p.id, version: p.version });
  await admin.proposal.file({ id: p.id, version: p.version });

  // 2025 (session 4): A's livelihood proposal filed, B's other proposal filed, C's left in review, and a draft.
  at("2025-02-10");
  for (const [who, livelihood, file] of [
    [a.id, true, true],
    [b.id, false, true],
    [c.id, true, false],
  ] as const) {
    let q = await draft(admin, sessions.get(4)!, who, { isLivelihood: livelihood, title: `${text.title}${who.slice(0, 4)}` });
    q = await admin.proposal.submit({ id: q.id, version: q.version });
    q = await admin.proposal.startReview({ id: q.id, version: q.version });
    if (file) await admin.proposal.file({ id: q.id, version: q.version });
  }
  await draft(admin, sessions.get(4)!, a.id, { title: "关于仍在起草的建议" });

  // March: a deliberation in 当湖街道 — A present, an oral speech, a resident's and A's suggestions.
  at("2025-03-09");
  await api.caller(undefined, "192.0.2.9").consultation.publicTopic.submit(residentTopic(danghu, 9));
  const topic = (await liaison.consultation.residentTopic.list({ state: "pending" })).items[0]!;
  await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" });
  const { consultation: d } = await liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [topic.id], title: "路灯议事会", plannedDate: "2025-03-10" });
  at("2025-03-10");
  await liaison.consultation.checkIn.mark({ consultationId: d.id, memberId: a.id, present: true });
  await liaison.consultation.speech.record({ consultationId: d.id, memberId: a.id, kind: "oral", title: "关于路灯维修的发言" });
  await liaison.consultation.suggestion.record({ consultationId: d.id, content: "建议尽快修复东湖小区路灯", category: "livelihood", authorKind: "resident", authorName: null });
  await liaison.consultation.suggestion.record({ consultationId: d.id, content: "建议建立路灯定期巡查制度", category: "livelihood", authorKind: "member", authorMemberId: a.id });
  const { version: dv } = await liaison.consultation.get({ id: d.id });
  await liaison.consultation.transition({ id: d.id, version: dv, event: { type: "hold" } });

  // May: two 请你来协商 held (suggestions from A, B and a department), one cancelled before its day.
  at("2025-05-20");
  for (const [n, authors] of [
    [1, [a.id, b.id]],
    [2, [c.id]],
  ] as const) {
    const pc = await admin.consultation.create({ title: `请你来协商第${n}次`, formatCode: "pleaseComeToConsult", year: 2025, leadCommitteeId: lead, handlingUnitIds: [unit], plannedDate: "2025-05-20" });
    await holdOn(admin, pc, "2025-05-20", [a.id]);
    for (const [i, who] of authors.entries()) await memberSuggestion(pc.id, who, n * 10 + i);
    await admin.consultation.suggestion.record({ consultationId: pc.id, content: "建议简化审批流程", category: "economy", authorKind: "departmentRepresentative", authorName: "李科长", authorUnitId: unit });
  }
  const called = await admin.consultation.create({ title: "请你来协商（取消）", formatCode: "pleaseComeToConsult", year: 2025, leadCommitteeId: lead, handlingUnitIds: [unit] });
  await admin.consultation.transition({ id: called.id, version: called.version, event: { type: "cancel", reason: "议题合并" } });

  // June: a standing-committee consultation with a quorum, B's plenary-style speech, a recommendation sent on 30 June.
  at("2025-06-18");
  const standing = await api.db.db
    .select({ id: member.id })
    .from(member)
    .where(and(eq(member.councilId, api.councilId), eq(member.status, "active"), inArray(member.post, memberPosts.filter(isStanding))));
  const sc = await admin.consultation.create({ title: "关于优化营商环境的常委会会议协商", formatCode: "standingCommitteeConsultation", year: 2025, plannedDate: "2025-06-18" });
  const held = await holdOn(admin, sc, "2025-06-18", [...standing.map((s) => s.id).slice(0, Math.floor(standing.length / 2) + 1), b.id]);
  await admin.consultation.speech.record({ consultationId: sc.id, memberId: b.id, kind: "plenarySpeech", title: "关于营商环境的大会发言" });
  at("2025-06-30");
  await admin.consultation.transition({ id: sc.id, version: held.version, event: { type: "submitOutcome", outcome: { kind: "recommendation", title: "关于优化营商环境的建议案", document: "……" } } });

  // Research reports recorded by the office: A's and C's, and one of C's revoked.
  at("2025-12-20");
  await admin.duty.addEntry({ memberId: a.id, kind: "researchReport", occurredOn: "2025-07-01", description: "关于农村养老的调研报告", evidence: "报告全文" });
  await admin.duty.addEntry({ memberId: c.id, kind: "researchReport", occurredOn: "2025-08-01", description: "关于小微企业融资的调研报告", evidence: "报告全文" });
  const wrong = await admin.duty.addEntry({ memberId: c.id, kind: "researchReport", occurredOn: "2025-09-01", description: "误录", evidence: "无" });
  await admin.duty.revokeEntry({ id: wrong.id, reason: "重复登记" });
  api.clock.reset();
}, 240_000);
afterAll(() => api?.close());

const valuesOf = (report: { figures: { id: string; status: string; value: number | null }[] }) =>
  Object.fromEntries(report.figures.map((f) => [f.id, f.status === "counted" ? f.value : f.status])) as Record<FigureId, number | null | string>;

describe("figures.get", () => {
  it("counts the scripted year, figure by figure", async () => {
    const report = await admin.figures.get({ year: 2025 });
    expect(report.period).toMatchObject({ from: "2025-01-01", to: "2025-12-31", label: "2025 年" });
    expect(valuesOf(report)).toEqual({
      consultationEvents: 4,
      standingCommitteeConsultations: 1,
      chairsMeetingConsultations: 0,
      pleaseComeToConsult: 2,
      pleaseComeToConsultSuggestions: 5,
      deliberations: 1,
      suggestions: 7,
      recommendations: 1,
      proposalsReceived: 3,
      proposalsFiled: 2,
      filingRate: 2 / 3,
      livelihoodShare: 1 / 2,
      satisfactionRate: null,
      plenarySpeeches: 1,
      researchReports: 2,
      opinionReports: "moduleNotBuilt",
      opinionReportsAdoptedNational: "moduleNotBuilt",
      opinionReportsAdoptedProvincial: "moduleNotBuilt",
      supervisionActivities: "moduleNotBuilt",
      supervisionLetters: "moduleNotBuilt",
      onlineStatements: "moduleNotBuilt",
    });
  });

  it("shows each figure's definition and says an unbuilt module is not built, not 0", async () => {
    const report = await admin.figures.get({ year: 2025 });
    const letters = report.figures.find((f) => f.id === "supervisionLetters")!;
    expect(letters).toMatchObject({ status: "moduleNotBuilt", value: null, note: "该模块尚未上线（民主监督）" });
    for (const f of report.figures) expect(f.definition.length, f.id).toBeGreaterThan(8);
  });

  it("covers the whole term without a year, and the latest term by default", async () => {
    const all = await admin.figures.get({});
    expect(all.period).toMatchObject({ from: "2022-01-05", to: "2027-01-04", label: "第十三届" });
    expect(valuesOf(all)).toMatchObject({ proposalsReceived: 4, proposalsFiled: 3, livelihoodShare: 2 / 3, consultationEvents: 4 });
    const other = await admin.figures.get({ year: 2024 });
    expect(valuesOf(other)).toMatchObject({ proposalsReceived: 1, consultationEvents: 0, suggestions: 0, researchReports: 0 });
  });

  it("narrows to a township's records, and says which figures it does not apply to", async () => {
    const report = await admin.figures.get({ year: 2025, townshipId: danghu });
    expect(valuesOf(report)).toMatchObject({
      // held in 当湖街道: the deliberation only
      consultationEvents: 1,
      deliberations: 1,
      suggestions: 2,
      // by the member: A's and B's proposals, B's speech, A's report
      proposalsReceived: 2,
      proposalsFiled: 2,
      filingRate: 1,
      plenarySpeeches: 1,
      researchReports: 1,
      standingCommitteeConsultations: "filterNotApplicable",
      pleaseComeToConsult: "filterNotApplicable",
      recommendations: "filterNotApplicable",
    });
    expect(report.scope).toMatchObject({ township: "当湖街道", sector: null, label: "当湖街道" });
    const note = report.figures.find((f) => f.id === "pleaseComeToConsult")!.note;
    expect(note).toBe("此项不按镇街道统计");
  });

  it("narrows to a sector's members", async () => {
    const sectorId = c.sectorId;
    const inSector = (m: { sectorId: string }) => (m.sectorId === sectorId ? 1 : 0);
    const report = await admin.figures.get({ year: 2025, sectorId });
    expect(valuesOf(report)).toMatchObject({
      proposalsReceived: inSector(a) + inSector(b) + inSector(c),
      proposalsFiled: inSector(a) + inSector(b),
      // members' own suggestions only: A at the deliberation and the first 请你来协商, B there, C at the second
      suggestions: 2 * inSector(a) + inSector(b) + inSector(c),
      pleaseComeToConsultSuggestions: inSector(a) + inSector(b) + inSector(c),
      plenarySpeeches: inSector(b),
      researchReports: inSector(a) + inSector(c),
      consultationEvents: "filterNotApplicable",
    });
    // A sector with none of the script's members counts nothing of theirs.
    const [other] = await api.db.db
      .select({ id: sector.id })
      .from(sector)
      .where(and(eq(sector.councilId, api.councilId), notInArray(sector.id, [a.sectorId, b.sectorId, c.sectorId])))
      .limit(1);
    expect(valuesOf(await admin.figures.get({ year: 2025, sectorId: other!.id }))).toMatchObject({
      proposalsReceived: 0,
      suggestions: 0,
      plenarySpeeches: 0,
      researchReports: 0,
      filingRate: null,
    });
  });

  it("refuses a year outside the chosen term", async () => {
    const all = await admin.figures.get({});
    const err = await errorOf(admin.figures.get({ termId: all.period.termId!, year: 2019 }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toContain("2019 年不在第十三届任期");
  });

  it("refuses a township or sector of no council of its own instead of counting zeros", async () => {
    const stray = "00000000-0000-4000-8000-000000000000";
    expect((await errorOf(admin.figures.get({ year: 2025, townshipId: stray }))).message).toBe("所选镇街道不存在，请重新选择");
    expect((await errorOf(admin.figures.get({ year: 2025, sectorId: stray }))).code).toBe("NOT_FOUND");
  });

  it("is the office's only", async () => {
    expect((await errorOf(liaison.figures.get({ year: 2025 }))).code).toBe("FORBIDDEN");
  });
});

describe("figures.trend", () => {
  it("counts the year month by month", async () => {
    const trend = await admin.figures.trend({ year: 2025 });
    const series = Object.fromEntries(trend.series.map((s) => [s.key, s.months]));
    const month = (...pairs: [number, number][]) => Array.from({ length: 12 }, (_, i) => pairs.find(([m]) => m === i + 1)?.[1] ?? 0);
    expect(series).toEqual({
      consultations: month([3, 1], [5, 2], [6, 1]),
      suggestions: month([3, 2], [5, 5]),
      proposals: month([2, 3]),
      speeches: month([3, 1], [6, 1]),
    });
  });

  it("narrows by township and leaves out a series the sector does not apply to", async () => {
    const trend = await admin.figures.trend({ year: 2025, townshipId: danghu });
    expect(trend.series.find((s) => s.key === "proposals")!.months![1]).toBe(2);
    const bySector = await admin.figures.trend({ year: 2025, sectorId: a.sectorId });
    expect(bySector.series.find((s) => s.key === "consultations")).toMatchObject({ months: null, note: "此项不按界别统计" });
  });
});

describe("figures.export", () => {
  it("writes the figures with their definitions to Excel", async () => {
    const file = await admin.figures.export({ year: 2025 });
    expect(file.fileName).toBe("数说-2025 年.xlsx");
    const rows = await readFirstSheet(file.file);
    expect(rows[0]).toEqual(["项目", "数值", "单位", "统计口径", "所属模块", "说明"]);
    const byLabel = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byLabel.get("收到提案")?.[1]).toBe("3");
    expect(byLabel.get("民生类提案占比")?.[1]).toBe("50.0 %");
    const local = await admin.figures.export({ year: 2025, townshipId: danghu });
    expect(local.fileName).toBe("数说-2025 年-当湖街道.xlsx");
    expect(byLabel.get("社情民意信息")?.slice(1)).toEqual(["", "篇", "委员和各方报送并被受理的社情民意信息。", "社情民意信息", "该模块尚未上线（社情民意信息）"]);
  });
});
