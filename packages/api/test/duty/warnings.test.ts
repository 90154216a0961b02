import { auditLog, dutyWarningAction } from "@cppcc/db";
import { defaultExitTriggers } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFirstSheet } from "../../src/services/excel/workbook";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { loginAsNew, townshipMembers } from "../consultation/fixtures";
import { refusal } from "../proposal/fixtures";

/**
 * 履职预警 over a scripted term (the services' clock in 2024–2025): Tongcheng's table with the common
 * exit triggers, published for 2024 and a draft for 2025. The plenary has no module yet, so its
 * attendance and unexcused absences are entered as the office's off-platform entries (planned kinds).
 *   A: a plenary and little else both years — 50 and 52, below 60 twice.
 *   B: absent from the plenary without leave in 2024 and 2025.
 *   C: a full year both years — 75, never warned.
 *   D: low in 2024 only, 75 in 2025 — one low year is not a run, and 2025 is not in the lowest band.
 * Run on Postgres (DATABASE_URL=…) for the two offices recording at once with a pool.
 */
let api: TestApi;
let admin: Caller;
let admin2: Caller;
let aId: string, bId: string, cId: string, dId: string;
const at = (day: string) => api.clock.set(`${day}T10:00:00+08:00`);

async function table(year: number, publish: boolean) {
  let t = await admin.evaluation.table.saveDraft({ year, version: null, startFrom: { preset: "tongcheng2019" } });
  const { table: got } = await admin.evaluation.table.get({ year });
  t = await admin.evaluation.table.saveDraft({ year, version: got!.version, document: { ...got!.document, exitTriggers: defaultExitTriggers } });
  if (publish) await admin.evaluation.table.publish({ year, version: (await admin.evaluation.table.get({ year })).table!.version });
  return t;
}

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  admin2 = await api.addLogin({ username: "admin-two", role: "admin" });
  [aId, bId, cId, dId] = (await townshipMembers(api, "当湖街道")).slice(0, 4) as [string, string, string, string];
  const add = (memberId: string, kind: string, occurredOn: string, times = 1) =>
    Promise.all(Array.from({ length: times }, (_, i) => admin.duty.addEntry({ memberId, kind, occurredOn, description: `第${i + 1}项`, evidence: "签到表" })));
  const fullYear = async (memberId: string, y: number) => {
    await add(memberId, "plenaryAttendance", `${y}-01-10`);
    await add(memberId, "research", `${y}-06-01`, 5);
    await add(memberId, "opinionReportSubmitted", `${y}-08-01`, 2);
  };
  at("2024-12-20");
  await table(2024, true);
  await add(aId, "plenaryAttendance", "2024-01-10");
  await add(bId, "plenaryAbsence", "2024-01-10");
  await fullYear(cId, 2024);
  at("2025-12-20");
  await table(2025, false);
  await add(aId, "plenaryAttendance", "2025-01-12");
  await add(aId, "research", "2025-06-01");
  await add(bId, "plenaryAbsence", "2025-01-12");
  await fullYear(cId, 2025);
  await fullYear(dId, 2025);
}, 120_000);
afterAll(() => api?.close());

const itemOf = async (id: string, caller = admin) => (await caller.duty.warnings({ year: 2025 })).items.find((i) => i.memberId === id);

describe("the warnings list", () => {
  it("lists a member below the band two years running, naming the rule and each year's total", async () => {
    const list = await admin.duty.warnings({ year: 2025 });
    expect(list.table).toMatchObject({ status: "draft" });
    const a = list.items.find((i) => i.memberId === aId)!;
    expect(a.total).toBe(52);
    expect(a.reasons.map((r) => `${r.rule}｜${r.text}`)).toEqual([
      "考评档次「不合格」｜2025 年度考评 52 分，低于「合格」的 60 分，属「不合格」档",
      "连续两年考评低于60分｜2024 年 50 分、2025 年 52 分，均低于 60 分",
    ]);
    expect(a.reasons[1]!.consequence).toBe("约谈；仍无改进的，劝其辞去委员职务");
  });

  it("lists two unexcused plenary absences over the term", async () => {
    const b = (await itemOf(bId))!;
    expect(b.reasons.find((r) => r.code === "trigger:plenaryAbsences")).toEqual({
      code: "trigger:plenaryAbsences",
      rule: "一届内两次无故缺席全体会议",
      text: "2024、2025 年共 2 次全体会议无故缺席（达到 2 次）",
      consequence: "提请审查委员资格",
    });
    // In 2024 alone one absence is no trigger: only the band warns.
    const b2024 = (await admin.duty.warnings({ year: 2024 })).items.find((i) => i.memberId === bId)!;
    expect(b2024.reasons.map((r) => r.code)).toEqual(["band:fail"]);
  });

  it("leaves out a member scoring well, and one low year followed by a good one", async () => {
    expect(await itemOf(cId)).toBeUndefined();
    expect(await itemOf(dId)).toBeUndefined();
    expect((await admin.duty.record({ memberId: dId, year: 2025 })).score!.total).toBe(75);
    expect((await admin.duty.warnings({ year: 2024 })).items.find((i) => i.memberId === dId)!.total).toBe(0);
  });

  it("follows the table's bands: moving the pass mark in the draft moves who is warned", async () => {
    const { table: t } = await admin.evaluation.table.get({ year: 2025 });
    const bands = [{ code: "pass", label: "合格", min: 80 }, { code: "fail", label: "不合格", min: null }];
    await admin.evaluation.table.saveDraft({ year: 2025, version: t!.version, document: { ...t!.document, bands } });
    expect((await itemOf(cId))!.reasons.map((r) => r.text)).toEqual(["2025 年度考评 75 分，低于「合格」的 80 分，属「不合格」档"]);
    const back = (await admin.evaluation.table.get({ year: 2025 })).table!;
    await admin.evaluation.table.saveDraft({ year: 2025, version: back.version, document: { ...back.document, bands: t!.document.bands } });
    expect(await itemOf(cId)).toBeUndefined();
  });
});

describe("what the office did", () => {
  it("records a talk with its day and note, audited, and lists it with the warning", async () => {
    at("2026-01-08");
    const { id } = await admin.duty.recordWarningAction({ memberId: aId, year: 2025, action: "talk", actedOn: "2026-01-08", note: "分管副主席谈话，委员表示今年按时参会并提交提案" });
    const a = (await itemOf(aId))!;
    expect(a.actions).toMatchObject([{ id, action: "talk", actionLabel: "谈话提醒", actedOn: "2026-01-08", note: "分管副主席谈话，委员表示今年按时参会并提交提案" }]);
    expect(a.actions[0]!.recordedBy).toBeTruthy();
    const [audit] = await api.db.db.select().from(auditLog).where(and(eq(auditLog.action, "duty.recordWarningAction"), eq(auditLog.entityId, id)));
    expect(audit!.after).toMatchObject({ memberId: aId, year: 2025, action: "talk" });
    // 未处理 keeps to those the office has not acted on.
    const open = await admin.duty.warnings({ year: 2025, unhandledOnly: true });
    expect(open.items.some((i) => i.memberId === aId)).toBe(false);
    expect(open.items.some((i) => i.memberId === bId)).toBe(true);
  });

  it("refuses a day still to come, a missing note and an unknown way, in words the office can act on", async () => {
    expect(await refusal(admin.duty.recordWarningAction({ memberId: bId, year: 2025, action: "writtenWarning", actedOn: "2026-02-01", note: "发函" }))).toEqual({
      code: "BAD_REQUEST",
      message: "处理日期 2026-02-01 还没到，请填写已经谈话或发函的日期",
    });
    expect((await refusal(admin.duty.recordWarningAction({ memberId: bId, year: 2025, action: "writtenWarning", actedOn: "2026-01-02", note: "" }))).message).toBe(
      "请填写处理情况（谈了什么、委员如何表态）",
    );
  });

  it("is the office's alone", async () => {
    const member = await loginAsNew(api, "member", { memberId: aId });
    const liaison = (await api.loginAs("liaison")).caller;
    for (const c of [member, liaison]) {
      expect((await refusal(c.duty.warnings({ year: 2025 }))).code).toBe("FORBIDDEN");
      expect((await refusal(c.duty.recordWarningAction({ memberId: aId, year: 2025, action: "talk", actedOn: "2026-01-02", note: "x" }))).code).toBe("FORBIDDEN");
    }
  });

  it("keeps both when two staff record at once", async () => {
    const before = (await itemOf(bId))!.actions.length;
    await Promise.all([
      admin.duty.recordWarningAction({ memberId: bId, year: 2025, action: "talk", actedOn: "2026-01-06", note: "主席谈话" }),
      admin2.duty.recordWarningAction({ memberId: bId, year: 2025, action: "writtenWarning", actedOn: "2026-01-07", note: "发出书面警示函" }),
      admin.duty.recordWarningAction({ memberId: aId, year: 2025, action: "writtenWarning", actedOn: "2026-01-08", note: "书面警示" }),
      admin2.duty.recordWarningAction({ memberId: bId, year: 2025, action: "resignationAdvised", actedOn: "2026-01-08", note: "建议辞去委员职务" }),
    ]);
    const b = (await itemOf(bId))!;
    expect(b.actions.slice(before).map((x) => x.actionLabel)).toEqual(["谈话提醒", "书面警示", "建议辞去委员"]);
    const rows = await api.db.db.select().from(dutyWarningAction).where(eq(dutyWarningAction.memberId, bId));
    expect(rows).toHaveLength(before + 3);
  });

  it("exports the list as the office reads it", async () => {
    const file = await admin.duty.exportWarnings({ year: 2025 });
    expect(file.fileName).toBe("履职预警-2025（草稿）.xlsx");
    const rows = await readFirstSheet(file.file);
    expect(rows[0]).toEqual(["姓名", "职务", "界别", "委员小组", "总分", "档次", "预警原因", "建议措施", "已采取的措施"]);
    const list = await admin.duty.warnings({ year: 2025 });
    expect(rows).toHaveLength(list.items.length + 1);
    const a = list.items.find((i) => i.memberId === aId)!;
    const row = rows.find((r) => r[0] === a.name && r[4] === "52")!;
    expect(row[6]).toContain("连续两年考评低于60分：2024 年 50 分、2025 年 52 分，均低于 60 分");
    expect(row[8]).toContain("2026-01-08 谈话提醒：分管副主席谈话");
  });
});
