import { describe, expect, it } from "vitest";
import { exactTimeText, notificationTarget, relativeTimeText } from "./format";

// Instants written with their Beijing offset, so the cases read as a person in the council would.
const at = (beijing: string) => new Date(`${beijing}+08:00`);

describe("relativeTimeText", () => {
  const now = at("2026-03-10T09:30:00");

  it("reads the last hour in minutes", () => {
    expect(relativeTimeText(at("2026-03-10T09:29:31"), now)).toBe("刚刚");
    expect(relativeTimeText(at("2026-03-10T09:29:00"), now)).toBe("1 分钟前");
    expect(relativeTimeText(at("2026-03-10T08:30:01"), now)).toBe("59 分钟前");
  });

  it("names today and yesterday by the Beijing calendar, not by 24 hours", () => {
    expect(relativeTimeText(at("2026-03-10T08:30:00"), now)).toBe("今天 08:30");
    expect(relativeTimeText(at("2026-03-10T00:05:00"), now)).toBe("今天 00:05");
    // 23:50 the evening before is yesterday though under ten hours ago; 16:00 UTC is already the 10th in Beijing.
    expect(relativeTimeText(at("2026-03-09T23:50:00"), now)).toBe("昨天 23:50");
    expect(relativeTimeText(new Date("2026-03-09T16:00:00Z"), now)).toBe("今天 00:00");
    expect(relativeTimeText(at("2026-03-09T00:00:00"), now)).toBe("昨天 00:00");
  });

  it("gives older ones a date, with the year only when it is another year", () => {
    expect(relativeTimeText(at("2026-03-08T23:59:00"), now)).toBe("3月8日 23:59");
    expect(relativeTimeText(at("2026-01-01T07:00:00"), now)).toBe("1月1日 07:00");
    expect(relativeTimeText(at("2025-12-31T23:00:00"), at("2026-01-01T08:00:00"))).toBe("昨天 23:00");
    expect(relativeTimeText(at("2025-12-30T23:00:00"), at("2026-01-01T08:00:00"))).toBe("2025年12月30日");
  });

  it("reads a time ahead of the device's clock as just now", () => {
    expect(relativeTimeText(at("2026-03-10T09:32:00"), now)).toBe("刚刚");
  });

  it("accepts the serialised form too", () => {
    expect(relativeTimeText("2026-03-10T00:30:00.000Z", now)).toBe("今天 08:30");
    expect(exactTimeText("2026-03-10T01:00:00.000Z")).toBe("2026年3月10日 09:00");
  });
});

describe("notificationTarget", () => {
  it("routes inside the app being used", () => {
    expect(notificationTarget({ app: "portal", path: "/activities/abc" }, "portal")).toEqual({ kind: "route", path: "/activities/abc" });
    expect(notificationTarget({ app: "admin", path: "/handling/1" }, "admin")).toEqual({ kind: "route", path: "/handling/1" });
  });

  it("opens another app by its address on this server", () => {
    expect(notificationTarget({ app: "portal", path: "/proposals/p1" }, "admin")).toEqual({ kind: "href", href: "/portal/proposals/p1" });
    expect(notificationTarget({ app: "liaison", path: "/topics" }, "portal")).toEqual({ kind: "href", href: "/liaison/topics" });
    expect(notificationTarget({ app: "admin", path: "/" }, "liaison")).toEqual({ kind: "href", href: "/admin/" });
  });

  it("keeps a link on this server whatever its path says", () => {
    expect(notificationTarget({ app: "portal", path: "//evil.example/x" }, "admin")).toEqual({ kind: "href", href: "/portal/evil.example/x" });
    expect(notificationTarget({ app: "portal", path: "//evil.example/x" }, "portal")).toEqual({ kind: "route", path: "/evil.example/x" });
    expect(notificationTarget({ app: "portal", path: "proposals/p1" }, "portal")).toEqual({ kind: "route", path: "/proposals/p1" });
  });

  it("has nowhere to go without a link", () => {
    expect(notificationTarget(null, "portal")).toBeNull();
  });
});
