import { describe, expect, it } from "vitest";
import { rosterHeaders } from "./headers";
import { toRosterRow } from "./toRow";
import { phonesOf, validateRosterImport } from "./validateImport";
import { entry, goodRow, lookups, names } from "./testFixtures";

const header = [...rosterHeaders];
const row = (over: Partial<Record<(typeof rosterHeaders)[number], string>>) => rosterHeaders.map((h, i) => over[h] ?? goodRow[i]!);
const none = new Set<string>();

describe("validateRosterImport", () => {
  it("passes a good file", () => {
    const r = validateRosterImport([header, goodRow, row({ 姓名: "李四", 手机: "13912341234", 职务: "" }), ["", null]], lookups, none);
    expect(r.errors).toEqual([]);
    expect(r.valid.map((v) => v.line)).toEqual([2, 3]);
  });

  it("refuses wrong headers before reading rows", () => {
    const r = validateRosterImport([[...header.slice(0, -1), "备注"], goodRow], lookups, none);
    expect(r.valid).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^缺少“职务”列/), expect.stringMatching(/“备注”不是名册的列/)]);
  });

  it("refuses an empty file and a file without members", () => {
    expect(validateRosterImport([], lookups, none).errors[0]?.message).toMatch(/文件是空的/);
    expect(validateRosterImport([header], lookups, none).errors[0]?.message).toMatch(/没有委员数据/);
  });

  it("reports every bad row, by line, including duplicate phones inside the file and against the roster", () => {
    const rows = [
      header,
      goodRow, // 2: same phone as 4
      row({ 姓名: "王五", 手机: "13912340000", 界别: "航天界", 出生年月: "1975.13" }), // 3: two errors
      row({ 姓名: "赵六", 职务: "委员" }), // 4: same phone as 2
      row({ 姓名: "钱七", 手机: "13700000000", 职务: "" }), // 5: phone on the roster
      row({ 姓名: "孙八", 手机: "13600000000", 职务: "" }), // 6: fine
    ];
    const r = validateRosterImport(rows, lookups, new Set(["13700000000"]));
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, "手机"],
      [3, "出生年月"],
      [3, "界别"],
      [4, "手机"],
      [5, "手机"],
    ]);
    expect(r.errors[0]?.message).toBe("手机号 13812341234 与第 4 行重复，每位委员的手机号须不同");
    expect(r.errors[4]?.message).toBe("手机号 13700000000 已被名册中的委员使用，每位委员的手机号须不同");
    expect(r.valid.map((v) => v.line)).toEqual([6]);
  });

  it("allows one chair per term, in the file and with the roster", () => {
    const two = [header, row({ 职务: "主席" }), row({ 姓名: "李四", 手机: "13912341234", 职务: "主席" })];
    expect(validateRosterImport(two, lookups, none).errors.map((e) => e.message)).toEqual([
      "第 3 行也是主席，每届只能有一位主席，请只保留一位",
      "第 2 行也是主席，每届只能有一位主席，请只保留一位",
    ]);
    const one = [header, row({ 职务: "主席" })];
    const holders = { chair: { name: "王主席", phone: "13000000000" } };
    expect(validateRosterImport(one, lookups, none, { holders }).errors[0]?.message).toBe("本届已有主席（王主席），每届只能有一位主席，请更正本行职务");
  });

  it("counts a row identical to a member on the roster as unchanged, and a different one as an error", () => {
    const existing = phonesOf([entry]);
    expect(validateRosterImport([header, toRosterRow(entry, names)], lookups, existing)).toEqual({ valid: [], unchanged: [2], errors: [] });
    const changed = validateRosterImport([header, row({ 姓名: "张三" })], lookups, existing);
    expect(changed.errors[0]?.message).toMatch(/已属于名册中的委员张三丰，与本行内容不一致/);
  });

  it("refuses a file larger than the limit", () => {
    expect(validateRosterImport([header, goodRow, goodRow], lookups, none, { maxRows: 1 }).errors[0]?.message).toMatch(/一次最多导入 1 行/);
  });
});
