import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, inject, it, onTestFailed } from "vitest";
import type { Page } from "playwright-core";
import { openBrowser, shot, type Browser } from "../src/browser";
import { fillDate, openDialog, settled, todayInShanghai } from "../src/deliberation";
import { signIn } from "../src/login";
import { apiSignIn } from "../src/trpcHttp";

const base = inject("baseUrl");
const browsers: Browser[] = [];
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});
const shootOnFailure = () =>
  onTestFailed(async () => {
    await Promise.all(browsers.map((b, i) => shot(b.page, `invite-later-failed-${i + 1}`).catch(() => undefined)));
  });

async function snap(page: Page, name: string) {
  await settled(page);
  await shot(page, name);
}

async function open(viewport: "phone" | "tablet") {
  const browser = await openBrowser(viewport);
  browsers.push(browser);
  return browser.page;
}

type Member = { id: string; name: string; townshipGroupName: string; status: string };

const title = "关于老街夜间停车难的民生议事";
const place = "当湖街道社区服务中心三楼会议室";

/**
 * Issue 9, item 1: a deliberation scheduled without invitations used to be stuck. The officer
 * (tablet) schedules one on a member's topic with no invitations, cannot hold it yet, invites a
 * member by name, the member sees time, place and contact on the phone and saves the meeting to
 * the calendar, then on the day the officer registers a member who came uninvited and records it
 * as held.
 */
describe("民生议事堂 scheduled without invitations", () => {
  it("is invited later, registers who came and is held; the member sees when, where and whom to call", { timeout: 240_000 }, async () => {
    shootOnFailure();
    const today = todayInShanghai();
    // The meeting starts within this hour, so its check-in has opened whenever the test runs.
    const startTime = `${new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", hour: "2-digit", hourCycle: "h23" }).format(new Date())}:00`;
    const memberApi = await apiSignIn(base, "member");
    const me = await memberApi.query<{ account: { displayName: string; memberId: string } }>("auth.me");
    // Someone from another township who turns up without an invitation.
    const admin = await apiSignIn(base, "admin");
    const roster = await admin.query<{ items: Member[] }>("roster.members.list", { status: "active", limit: 100 });
    const walkIn = roster.items.find((m) => !m.townshipGroupName.includes("当湖") && m.id !== me.account.memberId)!;
    expect(walkIn).toBeDefined();

    // 1. The officer schedules on a member's topic, switching invitations off.
    const officer = await open("tablet");
    await officer.goto(`${base}/liaison/`);
    await signIn(officer, "liaison");
    await officer.getByRole("menuitem", { name: "民生议事堂" }).click();
    await officer.getByRole("button", { name: /安排议事/ }).click();
    await officer.getByText("议题来源").waitFor();
    await officer.getByText("委员提出", { exact: true }).click();
    await officer.getByLabel("议事题目（议题）", { exact: true }).fill(title);
    await fillDate(officer, "议事日期", today);
    await officer.getByLabel(/^开始时间/).fill("25:00");
    await officer.getByLabel(/^联系电话/).fill("8512");
    await officer.getByLabel(/^联系电话/).blur();
    await officer.getByText("开始时间格式应为 时:分（24 小时制），如 09:30 或 14:00").waitFor();
    await officer.getByText("联系电话应为 11 位手机号，或带区号的座机号（如 0573-85123456）").waitFor();
    await snap(officer, "invite-later-01-schedule-validation");
    await officer.getByLabel(/^开始时间/).fill(startTime);
    await officer.getByLabel(/^联系电话/).fill("0573 85123456");
    await officer.getByLabel(/^地点说明/).fill(place);
    await expect(officer.getByLabel(/^联系人/).inputValue()).resolves.toBe("李明");
    await officer.getByRole("switch").click();
    await expect(officer.getByRole("switch").getAttribute("aria-checked")).resolves.toBe("false");
    await snap(officer, "invite-later-02-schedule-no-invitations");
    await officer.getByRole("button", { name: "安排议事", exact: true }).click();
    await officer.getByText("议事已安排，可在「邀请与出席」中邀请委员").waitFor();
    await officer.getByText("议事概况").waitFor();
    await officer.getByText(`${today} ${startTime}`).waitFor();
    await officer.getByText("李明 0573-85123456").waitFor();
    await officer.getByText("委员提出").waitFor();

    // 2. Nobody invited, nobody present: holding it is refused with what to do.
    await officer.getByRole("button", { name: "登记为已召开" }).click();
    await officer.getByRole("button", { name: "登记", exact: true }).click();
    await officer.getByText(/尚无出席记录/).first().waitFor();
    await snap(officer, "invite-later-03-hold-refused");
    await officer.keyboard.press("Escape");
    await officer.getByRole("dialog").waitFor({ state: "hidden" });

    // 3. Invited later, by name.
    await officer.getByRole("button", { name: "邀请委员" }).click();
    const invite = openDialog(officer, "邀请委员");
    await invite.getByLabel(/^按姓名/).fill(me.account.displayName);
    await officer.locator(".ant-select-dropdown:visible").getByText(new RegExp(`^${me.account.displayName}（`)).first().click();
    // A multiple select stays open for the next name; a tap elsewhere closes it.
    await invite.getByText(/^可按委员小组/).click();
    await snap(officer, "invite-later-04-invite-by-name");
    await invite.getByRole("button", { name: "发出邀请" }).click();
    await officer.getByText("已邀请 1 位委员").waitFor();
    await officer.getByRole("row", { name: new RegExp(me.account.displayName) }).getByText("待回复").waitFor();
    await snap(officer, "invite-later-05-invited");

    // 4. The member sees it on the phone with time, place and contact, and saves it to the calendar.
    const member = await open("phone");
    await member.goto(`${base}/portal/`);
    await signIn(member, "member");
    await member.getByText("我的活动").first().click();
    const card = member.locator("[data-invitation-id]").filter({ hasText: title });
    await card.getByText(new RegExp(startTime)).waitFor();
    await card.getByText(place, { exact: false }).waitFor();
    await card.getByText("联系人：李明 0573-85123456").waitFor();
    await snap(member, "invite-later-06-member-card");
    await card.getByText(title).click();
    await member.getByText("活动详情").first().waitFor();
    await member.getByText(startTime).waitFor();
    await member.getByRole("link", { name: "李明 0573-85123456" }).waitFor();
    await snap(member, "invite-later-07-member-detail");
    const [download] = await Promise.all([member.waitForEvent("download"), member.getByRole("button", { name: "添加到日历" }).click()]);
    expect(download.suggestedFilename()).toBe(`${title}.ics`);
    const ics = await readFile((await download.path())!, "utf8");
    const unfolded = ics.replace(/\r\n /g, "");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(ics.split("\r\n").every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    // Times in UTC (Shanghai is 8 hours ahead); the meeting is taken to last two hours.
    const start = Date.parse(`${today}T${startTime}:00+08:00`);
    const utc = (ms: number) => `${new Date(ms).toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
    expect(unfolded).toContain(`DTSTART:${utc(start)}`);
    expect(unfolded).toContain(`DTEND:${utc(start + 2 * 3_600_000)}`);
    expect(unfolded).toContain(`SUMMARY:${title}`);
    expect(unfolded).toContain(`LOCATION:${place}`);
    expect(unfolded).toContain("DESCRIPTION:联系人：李明 0573-85123456");
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1);

    // 5. On the day a member who was never invited walks in: registered present by hand.
    await officer.getByRole("button", { name: "登记到会委员" }).click();
    const walk = openDialog(officer, "登记到会委员");
    await walk.getByLabel("到会委员", { exact: true }).fill(walkIn.name);
    await officer.locator(".ant-select-dropdown:visible").getByText(new RegExp(`^${walkIn.name}（`)).first().click();
    await snap(officer, "invite-later-08-walk-in");
    await walk.getByRole("button", { name: "登记出席" }).click();
    await officer.getByText("已登记出席").first().waitFor();
    const walkRow = officer.getByRole("row", { name: new RegExp(walkIn.name) });
    await walkRow.getByText("已报名").waitFor();
    await walkRow.getByText("手工登记").waitFor();
    await officer.getByText("出席 1 人").first().waitFor();
    await snap(officer, "invite-later-09-walk-in-registered");

    // 6. Held: the topic moves on.
    await officer.getByRole("button", { name: "登记为已召开" }).click();
    await officer.getByRole("button", { name: "登记", exact: true }).click();
    await officer.getByText("已登记为已召开").waitFor();
    await officer.getByText("已召开").first().waitFor();
    await snap(officer, "invite-later-10-held");

    // The list shows the time, place and contact too.
    await officer.getByRole("menuitem", { name: "民生议事堂" }).click();
    await officer.getByRole("row", { name: new RegExp(title) }).getByText("联系人：李明 0573-85123456").waitFor();
    await snap(officer, "invite-later-11-list");
  });
});
