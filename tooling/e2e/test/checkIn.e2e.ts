import { afterEach, describe, expect, inject, it, onTestFailed } from "vitest";
import type { Page } from "playwright-core";
import { openBrowser, shot, type Browser } from "../src/browser";
import { liaisonTownshipId, scheduleSession as scheduleAt, settled, todayInShanghai } from "../src/deliberation";
import { signIn } from "../src/login";
import { apiSignIn, type HttpApi } from "../src/trpcHttp";

const scheduleSession = (liaison: HttpApi, townshipId: string, topic: string, title: string, plannedDate: string) =>
  scheduleAt(base, liaison, townshipId, topic, title, plannedDate);

const base = inject("baseUrl");
const browsers: Browser[] = [];
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});
const shootOnFailure = () =>
  onTestFailed(async () => {
    await Promise.all(browsers.map((b, i) => shot(b.page, `check-in-failed-${i + 1}`).catch(() => undefined)));
  });

async function open(viewport: "phone" | "tablet") {
  const browser = await openBrowser(viewport);
  browsers.push(browser);
  return browser.page;
}

async function snap(page: Page, name: string) {
  await settled(page);
  await shot(page, name);
}

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * Check-in opens on the meeting's day: a member invited to a meeting tomorrow is offered 接受邀请 /
 * 请假 and told when check-in opens, with no 签到; on the day of another meeting they type the
 * 6-digit code from the officer's screen (a wrong one first) and are checked in.
 */
describe("check-in on the meeting's day with the 6-digit code", () => {
  it("offers no 签到 before the day, and checks in by the typed code on it", { timeout: 240_000 }, async () => {
    shootOnFailure();
    const today = todayInShanghai();
    const tomorrow = dayAfter(today);
    const townshipId = await liaisonTownshipId(base);
    const liaison = await apiSignIn(base, "liaison");
    const tomorrowTitle = "明日社区停车难议事会";
    await scheduleSession(liaison, townshipId, "社区停车位严重不足", tomorrowTitle, tomorrow);

    // 1. Tomorrow's meeting: reply buttons and when check-in opens, no 签到 anywhere.
    const member = await open("phone");
    await member.goto(`${base}/portal/`);
    await signIn(member, "member");
    await member.locator(".adm-tab-bar-item").filter({ hasText: "活动" }).click();
    const card = member.locator("[data-invitation-id]").filter({ hasText: tomorrowTitle });
    await card.getByRole("button", { name: "接受邀请" }).waitFor();
    await card.getByRole("button", { name: "请假" }).waitFor();
    await card.getByText(`签到将于 ${monthDay(tomorrow)} 00:00 开放`).waitFor();
    await expect(member.getByRole("button", { name: "签到", exact: true }).count()).resolves.toBe(0);
    await snap(member, "check-in-01-portal-tomorrow-no-check-in");
    await card.getByText(tomorrowTitle).click();
    await member.getByText(`${monthDay(tomorrow)} 00:00 开放`).waitFor();
    await member.getByRole("button", { name: "接受邀请" }).waitFor();
    await expect(member.getByRole("button", { name: "签到", exact: true }).count()).resolves.toBe(0);
    await snap(member, "check-in-02-portal-tomorrow-detail");

    // 2. A meeting today: the officer shows the QR and the big 6-digit code on the tablet.
    const todayTitle = "今日小区加装电梯议事会";
    const sessionId = await scheduleSession(liaison, townshipId, "老旧小区加装电梯难", todayTitle, today);
    const officer = await open("tablet");
    await officer.goto(`${base}/liaison/deliberations/${sessionId}?tab=checkIn`);
    await signIn(officer, "liaison");
    await officer.getByRole("button", { name: "出示签到码" }).click();
    const pinText = officer.getByTestId("check-in-pin");
    await expect.poll(() => pinText.innerText()).toMatch(/^\d{6}$/);
    const pin = await pinText.innerText();
    await officer.locator(".ant-qrcode canvas").waitFor();
    await snap(officer, "check-in-03-officer-code");

    // 3. The member now has 签到 at the top; a mistyped code is refused with the reason, the right one checks in.
    await member.goto(`${base}/portal/activities`);
    await member.locator("[data-invitation-id]").filter({ hasText: todayTitle }).getByText("签到进行中").waitFor();
    await snap(member, "check-in-04-portal-today");
    await member.getByRole("button", { name: "签到", exact: true }).click();
    const wrong = String((Number(pin) + 1) % 1_000_000).padStart(6, "0");
    await member.locator("#checkInCode").fill(wrong);
    await member.getByRole("button", { name: "签到", exact: true }).click();
    await member.getByRole("alert").getByText("签到码不正确，请核对会场屏幕上的 6 位数字后重新输入（还可再试 4 次）").waitFor();
    await snap(member, "check-in-05-portal-wrong-code");
    await member.locator("#checkInCode").fill(pin);
    await member.getByRole("button", { name: "签到", exact: true }).click();
    await member.getByText("签到成功").waitFor();
    await member.getByText(todayTitle).waitFor();
    await snap(member, "check-in-06-portal-checked-in");

    // 4. Checked in: 已签到 on the card, no 请假 and no 签到; the officer's screen counts the member.
    await member.getByRole("button", { name: "返回我的活动" }).click();
    const done = member.locator("[data-invitation-id]").filter({ hasText: todayTitle });
    await done.getByText("已签到", { exact: true }).waitFor();
    await expect(done.getByRole("button", { name: "请假" }).count()).resolves.toBe(0);
    await expect(member.getByRole("button", { name: "签到", exact: true }).count()).resolves.toBe(0);
    await snap(member, "check-in-07-portal-after");
    await officer.getByText("已出席 1 人").waitFor();
    await snap(officer, "check-in-08-officer-present");
  });
});
