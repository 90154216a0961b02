import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { townshipMembers } from "../consultation/fixtures";
import { extraLogin } from "../proposal/fixtures";
import { inbox, runJobs } from "./helpers";

/**
 * 履职预警 reaches the member it is about when the office records a written warning or the advice
 * to resign (through the outbox and the fan-out job, once however often the job runs), links to
 * their 履职 tab, may not be switched off, and a talk tells nobody.
 */
let api: TestApi;
let admin: Caller;
let warned: Caller;
let bystander: Caller;
let warnedId: string;

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  const [a, b] = (await townshipMembers(api, "当湖街道")).slice(0, 2) as [string, string];
  warnedId = a;
  warned = await extraLogin(api, "member", a);
  bystander = await extraLogin(api, "member", b);
}, 60_000);
afterAll(() => api?.close());

const warnings = async (caller: Caller) => (await inbox(caller)).filter((n) => n.kind === "duty.warning");

describe("duty.warning", () => {
  it("tells the member of a written warning and of the advice to resign, once each, and nobody of a talk", async () => {
    api.clock.set("2026-03-02T10:00:00+08:00");
    await admin.duty.recordWarningAction({ memberId: warnedId, year: 2025, action: "talk", actedOn: "2026-03-01", note: "分管副主席谈话" });
    await runJobs(api);
    expect(await warnings(warned)).toEqual([]);

    await admin.duty.recordWarningAction({ memberId: warnedId, year: 2025, action: "writtenWarning", actedOn: "2026-03-02", note: "连续两年未提交提案和社情民意信息。" });
    await runJobs(api);
    await runJobs(api);
    const [letter, ...more] = await warnings(warned);
    expect(more).toEqual([]);
    expect(letter).toMatchObject({
      title: "履职预警：政协办公室对您 2025 年度的履职作出「书面警示」",
      body: "连续两年未提交提案和社情民意信息。请查看本人履职档案",
      link: { app: "portal", path: "/duty" },
    });

    await admin.duty.recordWarningAction({ memberId: warnedId, year: 2025, action: "resignationAdvised", actedOn: "2026-03-02", note: "经主席会议研究，建议辞去委员职务" });
    await runJobs(api);
    expect((await warnings(warned)).map((n) => [n.title, n.body])).toEqual([
      ["履职预警：政协办公室对您 2025 年度的履职作出「建议辞去委员」", "经主席会议研究，建议辞去委员职务。请查看本人履职档案"],
      ["履职预警：政协办公室对您 2025 年度的履职作出「书面警示」", "连续两年未提交提案和社情民意信息。请查看本人履职档案"],
    ]);
    // Only the member it is about; the office does not get its own letter back.
    expect(await warnings(bystander)).toEqual([]);
    expect(await warnings(admin)).toEqual([]);
    api.clock.reset();
  });

  it("is a kind the member may not switch off", async () => {
    const prefs = await warned.notification.preferences();
    const kind = prefs.find((p) => p.kind === "duty.warning");
    expect(kind).toMatchObject({ label: "履职预警", mandatory: true });
    expect((await bystander.notification.setPreference({ kind: "duty.warning", delivery: "off" }).catch((e: Error) => e)) instanceof Error).toBe(true);
  });
});
