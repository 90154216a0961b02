import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBirthDate, parseBirthDate } from "./birthDate";

const value = (cell: Parameters<typeof parseBirthDate>[0]) => {
  const r = parseBirthDate(cell);
  return r.ok ? r.value : r.message;
};

describe("birth date", () => {
  it.each([
    ["1975.03", "1975-03-01"],
    ["1975-03", "1975-03-01"],
    ["1975/3", "1975-03-01"],
    ["1975年3月", "1975-03-01"],
    ["1975 年 3 月", "1975-03-01"],
    ["1975年3月15日", "1975-03-15"],
    ["1975.03.15", "1975-03-15"],
    ["1975-03-15", "1975-03-15"],
    ["197503", "1975-03-01"],
    ["1975.1", "1975-01-01"],
    ["1975.10", "1975-10-01"],
  ])("reads the text %s", (text, iso) => expect(value(text)).toBe(iso));

  it("reads numbers Excel made of what was typed", () => {
    expect(value(1975.03)).toBe("1975-03-01");
    expect(value(1975.12)).toBe("1975-12-01");
    expect(value(1975.2)).toBe("1975-02-01");
    expect(value(197503)).toBe("1975-03-01");
  });

  it("reads Excel date serials and date cells", () => {
    expect(value(27454)).toBe("1975-03-01");
    expect(value("27454")).toBe("1975-03-01");
    expect(value(new Date(Date.UTC(1975, 2, 15)))).toBe("1975-03-15");
  });

  it("refuses what it cannot read safely, saying how to write it", () => {
    expect(value(1975.1)).toMatch(/无法确定是 1 月还是 10 月/);
    expect(value(1975)).toBe("出生年月需写到月份，请写成 1975.03 或 1975年3月");
    expect(value("1975.13")).toMatch(/不是有效的日期/);
    expect(value("三月")).toMatch(/无法识别/);
    expect(value("")).toMatch(/不能为空/);
    expect(value("1850.03")).toBe("出生年月应在 1900 年之后");
  });

  it("writes the month, and the day only when recorded", () => {
    expect(formatBirthDate("1975-03-01")).toBe("1975.03");
    expect(formatBirthDate("1975-03-15")).toBe("1975.03.15");
  });

  it("reads back what it writes", () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => new Date(Date.UTC(1920, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        expect(value(formatBirthDate(iso))).toBe(iso);
      }),
    );
  });
});
