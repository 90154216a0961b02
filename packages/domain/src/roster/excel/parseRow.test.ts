import { describe, expect, it } from "vitest";
import { rosterHeaders } from "./headers";
import { parseRosterRow } from "./parseRow";
import { entry, goodRow, lookups, uuid } from "./testFixtures";

const col = (h: (typeof rosterHeaders)[number]) => rosterHeaders.indexOf(h);
const withCell = (h: (typeof rosterHeaders)[number], value: unknown) => goodRow.map((c, i) => (i === col(h) ? value : c)) as string[];
const errorsOf = (cells: readonly unknown[]) => {
  const r = parseRosterRow(cells as string[], 7, lookups);
  return r.ok ? [] : r.errors;
};

describe("parseRosterRow", () => {
  it("reads a good row into an entry", () => {
    expect(parseRosterRow(goodRow, 2, lookups)).toEqual({ ok: true, line: 2, entry });
  });

  it("accepts the ways offices write things", () => {
    const cells = [" 张 三丰", "男性", 27454, "汉", "民盟盟员", "医药卫生界", "教科卫体委员会，提案委员会;提案委员会", "当湖街道", "平湖市第一人民医院院长", 13812341234, ""];
    const r = parseRosterRow(cells, 3, lookups);
    expect(r.ok && r.entry).toEqual({ ...entry, post: "member" });
  });

  it("treats unknown names as errors, not new records", () => {
    expect(errorsOf(withCell("界别", "航天界"))).toEqual([
      { line: 7, column: "界别", message: "界别“航天界”不存在，请改用系统中已有的界别名称（委员名册的筛选项中可查看）；如确需新增界别，请联系系统管理员" },
    ]);
    expect(errorsOf(withCell("专委会", "提案委员会、外星委员会、火星委员会"))).toEqual([
      { line: 7, column: "专委会", message: "专委会“外星委员会”“火星委员会”不存在，请使用系统中已有的专委会名称，多个专委会用“、”分隔" },
    ]);
  });

  it("allows exactly one sector and one group", () => {
    expect(errorsOf(withCell("界别", "中共、医药卫生界"))[0]?.message).toBe("界别“中共、医药卫生界”填写了多个，每位委员只能属于一个界别，请只填写一个界别");
    expect(errorsOf(withCell("委员小组", "当湖街道，乍浦镇"))[0]?.message).toMatch(/只能在一个委员小组/);
  });

  it("requires a committee (全员入委)", () => {
    expect(errorsOf(withCell("专委会", ""))).toEqual([
      { line: 7, column: "专委会", message: "“专委会”不能为空，每位委员至少参加一个专委会（全员入委），多个专委会用“、”分隔" },
    ]);
  });

  it("reports every bad cell of a row, once each, with its column", () => {
    const cells = ["张", "?", "1975", "火星", "绿党", "中共", "提案委员会", "当湖街道", "", "12345", "会长"];
    expect(errorsOf(cells).map((e) => [e.column, e.message])).toEqual([
      ["工作单位及职务", "“工作单位及职务”不能为空，请填写工作单位及职务"],
      ["性别", "性别“?”无法识别，请填写男或女"],
      ["出生年月", "出生年月需写到月份，请写成 1975.03 或 1975年3月"],
      ["党派", expect.stringMatching(/^党派“绿党”无法识别/)],
      ["职务", expect.stringMatching(/^职务“会长”无法识别/)],
      ["姓名", "姓名至少 2 个字"],
      ["民族", "民族应为 56 个民族之一，例如“汉族”"],
      ["手机", expect.stringMatching(/11 位中国大陆手机号/)],
    ]);
  });

  it("reads columns where the header put them", () => {
    const columns = Object.fromEntries(rosterHeaders.map((h, i) => [h, rosterHeaders.length - 1 - i])) as Record<(typeof rosterHeaders)[number], number>;
    const r = parseRosterRow([...goodRow].reverse(), 2, lookups, columns);
    expect(r.ok && r.entry.sectorId).toBe(uuid(2));
  });
});
