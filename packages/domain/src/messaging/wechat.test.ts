import { describe, expect, it } from "vitest";
import { isFinalWechatError, wechatErrorText, wechatNoticeParams, wechatTime } from "./wechat";

describe("wechatNoticeParams", () => {
  const at = new Date("2026-04-01T02:05:00Z");
  it("fills the generic template with what happened, who says so, when, and the page to act on", () => {
    const p = wechatNoticeParams(
      { kind: "consultation.invited", title: "邀请您参加加装电梯协商会", link: { app: "portal", path: "/consultations/1" }, notificationIds: ["n1"] },
      "政协平湖市委员会",
      "https://zx.example.cn/",
      at,
    );
    expect(p).toEqual({ thing1: "邀请您参加加装电梯协商会", thing2: "政协平湖市委员会", time3: "2026年4月1日 10:05", url: "https://zx.example.cn/portal/consultations/1" });
  });
  it("cuts a title to WeChat's 20 characters for a thing value, with an ellipsis", () => {
    const p = wechatNoticeParams({ kind: "proposal.filed", title: "甲".repeat(30), link: null, notificationIds: ["n1"] }, "政协", null, at);
    expect(p.thing1).toHaveLength(20);
    expect(p.thing1!.endsWith("…")).toBe(true);
    expect(p.url).toBe("");
  });
  it("counts a digest's messages and opens the portal", () => {
    const p = wechatNoticeParams({ kind: "digest", title: "今日汇总", link: null, notificationIds: ["a", "b"] }, "政协", "https://zx.example.cn", at);
    expect(p).toMatchObject({ thing1: "您有 2 条新消息", url: "https://zx.example.cn/portal/" });
  });
  it("writes the time in Beijing time across midnight UTC", () => {
    expect(wechatTime(new Date("2026-12-31T16:30:00Z"))).toBe("2027年1月1日 00:30");
  });
});

describe("WeChat errors", () => {
  it("retries only system busy, an expired token and quota, and gives up on the rest", () => {
    expect(isFinalWechatError(-1)).toBe(false);
    expect(isFinalWechatError(42001)).toBe(false);
    expect(isFinalWechatError(43004)).toBe(true);
    expect(isFinalWechatError(40003)).toBe(true);
  });
  it("says why in Chinese and keeps the code", () => {
    expect(wechatErrorText(43004, "require subscribe")).toBe("对方未关注本公众号或已取消关注，无法发送（43004 require subscribe）");
    expect(wechatErrorText(99999, "x")).toBe("微信拒绝了该消息（99999 x）");
  });
});
