import { member } from "@cppcc/db";
import { rosterHeaders } from "@cppcc/domain";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFirstSheet, writeSheet } from "../../src/services/excel/workbook";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { errorOf } from "./helpers";

let api: TestApi;
let admin: Caller;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
});
afterAll(() => api?.close());

const memberCount = async () => (await api.db.db.select({ n: count() }).from(member))[0]!.n;
const headers = [...rosterHeaders];
const row = (name: string, phone: string, over: Partial<Record<(typeof rosterHeaders)[number], string>> = {}) => {
  const cells: Record<string, string> = {
    姓名: name,
    性别: "男",
    出生年月: "1978.06",
    民族: "汉族",
    党派: "民盟",
    界别: "民盟",
    专委会: "提案委员会、经济委员会",
    委员小组: "当湖街道",
    工作单位及职务: "平湖市某科技公司总经理",
    手机: phone,
    职务: "委员",
    ...over,
  };
  return headers.map((h) => cells[h]!);
};

describe("roster export and import", () => {
  it("exports a filtered list with the import's headers, and importing it back changes nothing", async () => {
    const before = await memberCount();
    const exported = await admin.roster.export({ status: "active" });
    expect(exported.rows).toBe(300);
    const sheet = await readFirstSheet(exported.file);
    expect(sheet[0]).toEqual(headers);
    const preview = await admin.roster.importPreview({ file: exported.file });
    expect(preview).toMatchObject({ rows: 300, unchanged: 300, toCreate: 0, errors: [] });
    const commit = await admin.roster.importCommit({ file: exported.file });
    expect(commit.created).toBe(0);
    expect(await memberCount()).toBe(before);
  });

  it("refuses a file with wrong headers, wrong types, duplicate phones and unknown sectors — every row, nothing written", async () => {
    const before = await memberCount();
    const wrongHeaders = await writeSheet("名册", [["名字", "性别"], ["张三", "男"]]);
    const h = await admin.roster.importPreview({ file: wrongHeaders });
    expect(h.errors.map((e) => e.message).join("\n")).toMatch(/姓名/);

    const bad = await writeSheet("名册", [
      headers,
      row("张伟明", "13600000001"),
      row("李晓红", "13600000001", { 性别: "女" }),
      row("王建国", "13600000003", { 界别: "火星界" }),
      row("赵小燕", "13600000004", { 出生年月: "不知道" }),
      row("孙志强", "13600000005", { 专委会: "" }),
      row("周文静", "13600000006"),
    ]);
    const report = await admin.roster.importPreview({ file: bad });
    const lines = [...new Set(report.errors.map((e) => e.line))].sort();
    expect(lines).toEqual([2, 3, 4, 5, 6]);
    const text = report.errors.map((e) => `${e.line}:${e.message}`).join("\n");
    expect(text).toMatch(/2:手机号 13600000001 与第 3 行重复/);
    expect(text).toMatch(/4:.*火星界/);
    expect(text).toMatch(/5:.*出生年月/);
    expect(text).toMatch(/6:.*专委会/);
    const commit = await admin.roster.importCommit({ file: bad });
    expect(commit.created).toBe(0);
    expect(await memberCount()).toBe(before);
  });

  it("imports a good file in one go and the new members are searchable", async () => {
    const before = await memberCount();
    const good = await writeSheet("名册", [headers, row("钱学仁", "13600000101"), row("冯佳怡", "13600000102", { 性别: "女", 职务: "常委" })]);
    const report = await admin.roster.importCommit({ file: good, joinedOn: "2024-01-01" });
    expect(report).toMatchObject({ created: 2, errors: [] });
    expect(await memberCount()).toBe(before + 2);
    const found = await admin.roster.members.list({ query: "qxr" });
    expect(found.items.map((m) => m.name)).toContain("钱学仁");
    expect(found.items.find((m) => m.name === "钱学仁")?.committeeNames.sort()).toEqual(["提案委员会", "经济委员会"].sort());
  });

  it("explains a file that is not an Excel workbook", async () => {
    const e = await errorOf(admin.roster.importPreview({ file: Buffer.from("hello").toString("base64") }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toMatch(/\.xlsx/);
  });

  it("keeps imports and the roster check for the office", async () => {
    const { caller: liaison } = await api.loginAs("liaison");
    expect((await errorOf(liaison.roster.importCommit({ file: "x" }))).code).toBe("FORBIDDEN");
    const check = await admin.roster.check();
    expect(check.checked).toBeGreaterThan(300);
    expect(check.violations).toEqual([]);
  });
});
