import { auditLog } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, loginAsNew } from "../consultation/fixtures";
import { inbox, runJobs } from "../notification/helpers";
import { refusalMessages } from "../proposal/fixtures";
import { standingAndOrdinary } from "./fixtures";

/**
 * 常委年度述职 for 2025 with the clock set then: only a standing member writes one; it opens on
 * 1 December and is late after 31 January; a submitted report cannot change until the office
 * returns it with a reason (the member is told), and the member resubmits; the office prints it.
 */
let api: TestApi;
let admin: Caller;
let standing: Caller;
let ordinary: Caller;
let standingId: string;
const at = (day: string) => api.clock.set(`${day}T10:00:00+08:00`);
const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: { code?: string }) => e.code ?? "?");
const sections = (duties: string) => ({ duties, results: "推动老旧小区加装电梯", shortcomings: "调研不够深入，明年加强" });

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  const ids = await standingAndOrdinary(api, await demoMemberId(api));
  standingId = ids.standingId;
  standing = await loginAsNew(api, "member", { memberId: ids.standingId });
  ordinary = await loginAsNew(api, "member", { memberId: ids.ordinaryId });
});
afterAll(() => api?.close());

describe("a standing member's annual report", () => {
  it("is refused to a member who is not standing, with the reason", async () => {
    at("2025-12-02");
    await expect(ordinary.annualReport.mine({ year: 2025 })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("常委") });
    expect(await codeOf(ordinary.annualReport.save({ year: 2025, version: 0, sections: sections("x") }))).toBe("FORBIDDEN");
  });

  it("starts from a draft prefilled with the year's figures, and saves before the window opens but submits only from 1 December", async () => {
    at("2025-06-01");
    await admin.duty.addEntry({ memberId: standingId, kind: "research", occurredOn: "2025-05-10", description: "调研", evidence: "通知" });
    await admin.duty.addEntry({ memberId: standingId, kind: "research", occurredOn: "2025-05-20", description: "调研", evidence: "通知" });
    const mine = await standing.annualReport.mine({ year: 2025 });
    expect(mine.report).toMatchObject({ id: null, status: "draft", version: 0 });
    expect(mine.report.figures).toContainEqual({ kind: "research", label: "参加调研", count: 2 });
    expect(mine.report.sections.duties).toContain("参加调研 2 次");
    expect(mine.notOpenReason).toContain("2025-12-01");
    const saved = await standing.annualReport.save({ year: 2025, version: 0, sections: { ...mine.report.sections, results: "初稿" } });
    expect(saved).toMatchObject({ status: "draft", version: 1 });
    await expect(standing.annualReport.submit({ year: 2025, version: 1, sections: sections("履职") })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("2025-12-01") });
    // A stale version (another tab) is a conflict.
    expect(await codeOf(standing.annualReport.save({ year: 2025, version: 0, sections: sections("旧") }))).toBe("CONFLICT");
  });

  it("names each empty part when submitted, and once submitted cannot be edited or submitted again", async () => {
    at("2025-12-05");
    expect(await refusalMessages(standing.annualReport.submit({ year: 2025, version: 1, sections: { duties: "履职", results: "", shortcomings: " " } }))).toEqual([
      "请填写「主要成效和体会」",
      "请填写「存在不足和今后打算」",
    ]);
    const sub = await standing.annualReport.submit({ year: 2025, version: 1, sections: sections("2025 年参加调研 2 次") });
    expect(sub).toMatchObject({ status: "submitted", version: 2, late: false });
    expect(await codeOf(standing.annualReport.save({ year: 2025, version: 2, sections: sections("改") }))).toBe("CONFLICT");
    expect(await codeOf(standing.annualReport.submit({ year: 2025, version: 2, sections: sections("改") }))).toBe("CONFLICT");
    const mine = await standing.annualReport.mine({ year: 2025 });
    expect(mine.report.sections.duties).toBe("2025 年参加调研 2 次");
  });

  it("keeps the figures as submitted even when the record later gains an entry of the year", async () => {
    await admin.duty.addEntry({ memberId: standingId, kind: "research", occurredOn: "2025-12-04", description: "补登调研", evidence: "通知" });
    const printed = await admin.annualReport.print({ year: 2025 });
    const mine = printed.reports.find((p) => p.memberId === standingId)!;
    expect(mine.figures).toContainEqual({ kind: "research", label: "参加调研", count: 2 });
  });

  it("is listed by the office with who submitted, returned with a reason the member is told, and resubmitted late", async () => {
    const list = await admin.annualReport.list({ year: 2025 });
    const row = list.items.find((i) => i.memberId === standingId)!;
    expect(row.status).toBe("submitted");
    expect(list.items.every((i) => ["chair", "viceChair", "secretaryGeneral", "standing"].includes(i.post))).toBe(true);
    expect(list.items.filter((i) => i.status === "missing").length).toBe(list.counts.total - list.counts.submitted - list.counts.returned - list.items.filter((i) => i.status === "draft").length);
    expect((await admin.annualReport.list({ year: 2025, status: "submitted" })).items.map((i) => i.memberId)).toEqual([standingId]);
    expect(await codeOf(admin.annualReport.returnForRevision({ id: row.id!, version: 1, reason: "请补充" }))).toBe("CONFLICT");
    expect(await codeOf(admin.annualReport.returnForRevision({ id: row.id!, version: 2, reason: " " }))).toBe("BAD_REQUEST");
    at("2026-02-03");
    await admin.annualReport.returnForRevision({ id: row.id!, version: 2, reason: "请补充调研成果的采纳情况" });
    expect(await codeOf(admin.annualReport.returnForRevision({ id: row.id!, version: 3, reason: "再退" }))).toBe("CONFLICT");
    await runJobs(api);
    const [notice] = (await inbox(standing)).filter((n) => n.kind === "annualReport.returned");
    expect(notice).toMatchObject({ title: "2025 年度述职报告已退回修改", doneAt: null });
    expect(notice!.body).toContain("请补充调研成果的采纳情况");

    const mine = await standing.annualReport.mine({ year: 2025 });
    expect(mine.report).toMatchObject({ status: "returned", returnReason: "请补充调研成果的采纳情况", version: 3 });
    await standing.annualReport.save({ year: 2025, version: 3, sections: sections("补充后") });
    const again = await standing.annualReport.submit({ year: 2025, version: 4, sections: sections("补充后：调研成果被采纳 1 项") });
    expect(again).toMatchObject({ status: "submitted", late: true });
    expect((await inbox(standing)).find((n) => n.id === notice!.id)!.doneAt).not.toBeNull();
    const printed = await admin.annualReport.print({ year: 2025, ids: [row.id!] });
    expect(printed.reports).toHaveLength(1);
    expect(printed.reports[0]).toMatchObject({ name: expect.any(String), late: true, sections: { duties: "补充后：调研成果被采纳 1 项" } });
    // The resubmission's figures are the record's now.
    expect(printed.reports[0]!.figures).toContainEqual({ kind: "research", label: "参加调研", count: 3 });
  });

  it("is audited at every write", async () => {
    const rows = await api.db.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entity, "annual_report")));
    expect(rows.map((r) => r.action).sort()).toEqual(["annualReport.return", "annualReport.save", "annualReport.save", "annualReport.submit", "annualReport.submit"].sort());
  });
});
