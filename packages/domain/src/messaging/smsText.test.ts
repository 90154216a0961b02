import { describe, expect, it } from "vitest";
import { smsLink, smsNoticeParams } from "./smsText";

describe("smsNoticeParams", () => {
  it("names the council, what happened and where to act", () => {
    const p = smsNoticeParams(
      { kind: "consultation.invited", title: "邀请您参加《关于老旧小区加装电梯》协商会", link: { app: "portal", path: "/consultations/1" }, notificationIds: ["n1"] },
      "政协平湖市委员会",
      "https://zx.example.cn/",
    );
    expect(p).toEqual({ council: "政协平湖市委员会", title: "邀请您参加《关于老旧小区加装电梯》协商会", link: "https://zx.example.cn/portal/consultations/1" });
  });
  it("cuts a long title with an ellipsis, within the provider's variable length", () => {
    const p = smsNoticeParams({ kind: "proposal.filed", title: "甲".repeat(50), link: null, notificationIds: ["n1"] }, "政协", null);
    expect(p.title).toHaveLength(30);
    expect(p.title!.endsWith("…")).toBe(true);
    expect(p.link).toBe("");
  });
  it("counts a digest's notifications and links to the portal", () => {
    const p = smsNoticeParams({ kind: "digest", title: "今日汇总", link: null, notificationIds: ["a", "b", "c"] }, "政协", "https://zx.example.cn");
    expect(p).toEqual({ council: "政协", count: "3", link: "https://zx.example.cn/portal/" });
  });
  it("leaves the link out without a public address", () => {
    expect(smsLink(null, { app: "admin", path: "/proposals" })).toBe("");
  });
});
