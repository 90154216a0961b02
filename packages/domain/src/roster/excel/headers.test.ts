import { describe, expect, it } from "vitest";
import { columnLetter } from "./cell";
import { canonicalColumns, checkRosterHeaders, rosterHeaders } from "./headers";

describe("roster headers", () => {
  it("accepts the template's header row", () => {
    expect(checkRosterHeaders([...rosterHeaders])).toEqual({ ok: true, columns: canonicalColumns });
  });

  it("reads columns by name, whatever their order, skipping 序号 and the marks templates add", () => {
    const row = ["序号", ...[...rosterHeaders].reverse()].map((h) => (h === "手机" ? "手机号码" : h === "姓名" ? "*姓名" : h));
    const r = checkRosterHeaders(row);
    expect(r.ok && r.columns["姓名"]).toBe(11);
    expect(r.ok && r.columns["手机"]).toBe(2);
  });

  it("reports missing, unknown and duplicate columns together", () => {
    const row = ["姓名", "性别", "出生年月", "民族", "党派", "界别", "专委会", "专委会", "工作单位及职务", "手机", "备注"];
    const r = checkRosterHeaders(row);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.missing).toEqual(["委员小组", "职务"]);
    expect(r.unknown).toEqual([{ column: "K", text: "备注" }]);
    expect(r.duplicates).toEqual([{ header: "专委会", columns: ["G", "H"] }]);
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^缺少“委员小组”列/),
      expect.stringMatching(/^缺少“职务”列/),
      expect.stringMatching(/^第 K 列的表头“备注”不是名册的列/),
      "“专委会”列出现了 2 次（第 G、H 列），请只保留一列",
    ]);
    expect(r.errors.every((e) => e.line === 1)).toBe(true);
  });

  it("names columns as Excel does", () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ"]);
  });
});
