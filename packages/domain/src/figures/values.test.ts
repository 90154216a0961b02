import { describe, expect, it } from "vitest";
import { figureCatalog, type FigureId } from "./catalog";
import { figureModules } from "./modules";
import { figureValues, type FigureCounts } from "./values";

/** A count for every figure of a built module: its position in the catalog, so each is distinct. */
const allCounts = (): FigureCounts =>
  Object.fromEntries(figureCatalog.filter((f) => figureModules[f.module].built).map((f, i) => [f.id, i + 1]));
const byId = (values: ReturnType<typeof figureValues>, id: FigureId) => values.find((v) => v.id === id)!;

describe("figureValues", () => {
  it("gives every figure of the catalog, in its order", () => {
    const values = figureValues(allCounts(), {});
    expect(values.map((v) => v.id)).toEqual(figureCatalog.map((f) => f.id));
  });

  it("shows a module not built as such, never as 0", () => {
    const values = figureValues(allCounts(), {});
    const reports = byId(values, "opinionReports");
    expect(reports).toMatchObject({ status: "moduleNotBuilt", value: null, note: "该模块尚未上线（社情民意信息）" });
    expect(byId(values, "supervisionLetters").status).toBe("moduleNotBuilt");
    expect(byId(values, "onlineStatements").status).toBe("moduleNotBuilt");
  });

  it("passes counts through for built modules", () => {
    const counts = allCounts();
    const values = figureValues({ ...counts, proposalsReceived: 1005, proposalsFiled: 931 }, {});
    expect(byId(values, "proposalsReceived")).toMatchObject({ status: "counted", value: 1005, note: null });
    expect(byId(values, "proposalsFiled").value).toBe(931);
  });

  it("says a filter does not apply rather than showing an unfiltered number", () => {
    const values = figureValues(allCounts(), { townshipId: "t", sectorId: "s" });
    expect(byId(values, "standingCommitteeConsultations")).toMatchObject({ status: "filterNotApplicable", value: null, note: "此项不按镇街道、界别统计" });
    expect(byId(values, "consultationEvents")).toMatchObject({ status: "filterNotApplicable", note: "此项不按界别统计" });
    expect(byId(values, "proposalsReceived").status).toBe("counted");
    const township = figureValues(allCounts(), { townshipId: "t" });
    expect(byId(township, "consultationEvents").status).toBe("counted");
    expect(byId(township, "pleaseComeToConsult").status).toBe("filterNotApplicable");
  });

  it("explains a rate without a base", () => {
    const values = figureValues({ ...allCounts(), satisfactionRate: null }, {});
    expect(byId(values, "satisfactionRate")).toMatchObject({ status: "counted", value: null, note: "没有可计算比例的基数" });
  });

  it("refuses a built figure nobody counted", () => {
    const { plenarySpeeches: _, ...counts } = allCounts();
    expect(() => figureValues(counts, {})).toThrow("plenarySpeeches");
  });

  it("gives every figure a definition a reader can follow", () => {
    for (const f of figureCatalog) expect(f.definition.length, f.id).toBeGreaterThan(8);
    expect(new Set(figureCatalog.map((f) => f.id)).size).toBe(figureCatalog.length);
  });
});
