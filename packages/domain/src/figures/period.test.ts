import { describe, expect, it } from "vitest";
import { RuleViolation } from "../errors";
import { figurePeriod } from "./period";

const term13 = { number: 13, startDate: "2022-01-10", endDate: "2027-01-09" };

describe("figurePeriod", () => {
  it("is the whole term without a year", () => {
    expect(figurePeriod(term13, null)).toEqual({ from: "2022-01-10", to: "2027-01-09", label: "第十三届" });
  });
  it("is the calendar year without a term", () => {
    expect(figurePeriod(null, 2025)).toEqual({ from: "2025-01-01", to: "2025-12-31", label: "2025 年" });
  });
  it("is the part of the year inside the term when both are given", () => {
    expect(figurePeriod(term13, 2022)).toMatchObject({ from: "2022-01-10", to: "2022-12-31" });
    expect(figurePeriod(term13, 2027)).toMatchObject({ from: "2027-01-01", to: "2027-01-09" });
  });
  it("refuses a year outside the term, naming both", () => {
    expect(() => figurePeriod(term13, 2019)).toThrow(RuleViolation);
    expect(() => figurePeriod(term13, 2019)).toThrow("2019 年不在第十三届任期（2022-01-10 至 2027-01-09）内");
  });
  it("needs a term or a year", () => {
    expect(() => figurePeriod(null, null)).toThrow("请选择届次或年度");
  });
});
