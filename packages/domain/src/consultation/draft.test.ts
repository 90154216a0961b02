import { describe, expect, it } from "vitest";
import { applyConsultationPatch, consultationDraftInput, consultationUpdateInput } from "./draft";
import { uid } from "./testIds";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("consultation draft input", () => {
  it("fills the lists and optional fields of a minimal draft", () => {
    const d = consultationDraftInput.parse({ title: "  关于老旧小区改造的界别协商 ", formatCode: "sectorConsultation", year: 2024 });
    expect(d).toMatchObject({ title: "关于老旧小区改造的界别协商", quarter: null, sectorIds: [], mode: "offline", description: "", townshipId: null });
  });

  it("reports every bad field in Chinese", () => {
    const r = consultationDraftInput.safeParse({
      title: "协商",
      formatCode: "roundTable",
      year: 1999,
      quarter: 5,
      sectorIds: ["x"],
      plannedDate: "2024-02-30",
      mode: "phone",
    });
    expect(r.success).toBe(false);
    const m = messages(r);
    expect(m).toContain("title: 协商题目至少 4 个字");
    expect(m).toContain("formatCode: 请选择协商形式");
    expect(m).toContain("year: 年度不能早于 2000 年");
    expect(m).toContain("quarter: 季度须为 1 至 4");
    expect(m).toContain("sectorIds.0: 界别无效，请重新选择");
    expect(m).toContain("plannedDate: 计划日期格式应为 年-月-日，如 2024-05-20");
    expect(m).toContain("mode: 请选择协商方式：线下、线上或线上线下结合");
  });

  it("drops a sector picked twice", () => {
    const d = consultationDraftInput.parse({ title: "界别圆桌会议", formatCode: "sectorConsultation", year: 2024, sectorIds: [uid(2), uid(1), uid(2)] });
    expect(d.sectorIds).toEqual([uid(2), uid(1)]);
  });

  it("lets an update send only what changes, without clearing the rest", () => {
    const draft = consultationDraftInput.parse({ title: "界别圆桌会议", formatCode: "sectorConsultation", year: 2024, sectorIds: [uid(1)] });
    const update = consultationUpdateInput.parse({ id: uid(9), version: 3, title: "新的界别圆桌会议" });
    expect(update).not.toHaveProperty("sectorIds");
    const merged = applyConsultationPatch(draft, update);
    expect(merged.title).toBe("新的界别圆桌会议");
    expect(merged.sectorIds).toEqual([uid(1)]);
    expect(merged).not.toHaveProperty("id");
    expect(merged).not.toHaveProperty("version");
  });

  it("needs the id and version on an update", () => {
    expect(messages(consultationUpdateInput.safeParse({ title: "新的题目很长" }))).toEqual(["id: 请选择协商", "version: 缺少版本号"]);
  });
});
