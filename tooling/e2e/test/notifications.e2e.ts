import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { demoMember, dialog, search, toast } from "../src/consultationJourney";
import { journeyBrowsers } from "../src/journeyBrowsers";
import { signIn } from "../src/login";
import { messagesTab, notificationRow, repliedProposal, scheduledConsultation, untilNotified } from "../src/notificationJourney";
import { untilToastsGone } from "../src/proposalJourney";
import { shotViewport } from "../src/shotViewport";

const base = inject("baseUrl");
const open = journeyBrowsers("notifications");

/** A week from today in Beijing, so the invitation is still open to answer. */
function weekAhead(): string {
  return new Date(Date.now() + 8 * 3600_000 + 7 * 86_400_000).toISOString().slice(0, 10);
}

// Titles of their own: other journeys on this server notify the same demo member.
const stamp = Date.now().toString(36);

/** In 消息 → 全部, the notification about `text` is read and done (what it asked for was done). */
async function expectDone(phone: Page, text: string, picture: string, also?: string) {
  await phone.goto(`${base}/portal/messages`);
  await phone.getByText("全部", { exact: true }).click();
  const row = also ? notificationRow(phone, text).filter({ hasText: also }) : notificationRow(phone, text);
  await row.getByText("已办理").waitFor();
  expect(await row.getAttribute("data-unread")).toBeNull();
  await shotViewport(phone, picture);
}

/**
 * What reaches a person: the office invites a member → the member's phone shows the badge and the
 * invitation on the home page → the member opens it from the notification and accepts → it is read
 * and done. A unit answers a proposal → the member is told, evaluates from the notification → done.
 */
describe("notifications reach the member and lead to the step", () => {
  it("an invitation: badge, home block, 去处理, accept, done", { timeout: 300_000 }, async () => {
    const member = await demoMember(base);
    const topic = `关于城区停车难的专题协商（${stamp}）`;
    const { id } = await scheduledConsultation(base, topic, weekAhead(), member.memberId);

    // The office invites the member by name on its desk (with the lead committee the format preselects).
    const office = await open("desktop");
    await office.goto(`${base}/admin/consultations/${id}`);
    await signIn(office, "admin");
    await office.getByRole("button", { name: "邀请委员" }).click();
    const invite = dialog(office, "邀请委员");
    await search(office, invite, "按姓名", member.name, `${member.name}（${member.sectorName}`);
    await invite.getByRole("button", { name: "发出邀请" }).click();
    await toast(office, /^已邀请 \d+ 位委员$/);
    await office.getByRole("cell", { name: member.name, exact: true }).waitFor();
    await untilNotified(base, member.username, topic);

    // The member's phone: a badge on 消息 and the invitation at the top of the home page.
    const phone = await open("phone");
    await phone.goto(`${base}/portal/`);
    await signIn(phone, member.username);
    const block = phone.getByTestId("notifications-block");
    const row = notificationRow(block, topic);
    await row.waitFor();
    expect(await row.getAttribute("data-unread")).not.toBeNull();
    await messagesTab(phone).locator(".adm-badge").waitFor();
    expect(await messagesTab(phone).getByLabel(/^消息，\d+ 条未读$/).count()).toBe(1);
    await shotViewport(phone, "notifications-01-portal-home-badge");

    // Opened from the notification: the activity, where the member accepts.
    await row.getByRole("button", { name: "去处理" }).click();
    await phone.getByText(topic).first().waitFor();
    await shotViewport(phone, "notifications-02-portal-invitation-opened");
    await phone.getByRole("button", { name: "接受邀请" }).click();
    await phone.getByText("已报名").first().waitFor();
    await untilToastsGone(phone);

    // Back in 消息: read, and done (it asked for a reply and got one).
    await expectDone(phone, topic, "notifications-03-portal-invitation-done");
  });

  it("a reply: the member is told and evaluates from the notification", { timeout: 300_000 }, async () => {
    const member = await demoMember(base);
    const title = `关于老旧小区路灯改造的建议（${stamp}）`;
    await repliedProposal(base, member.memberId, title);
    // Filing told the member too; the reply's notification is the one that asks for an evaluation.
    await untilNotified(base, member.username, [title, "已答复"]);

    const phone = await open("phone");
    await phone.goto(`${base}/portal/messages`);
    await signIn(phone, member.username);
    const row = notificationRow(phone, title).filter({ hasText: "已答复" });
    await row.waitFor();
    await shotViewport(phone, "notifications-04-portal-reply-notified");

    await row.getByRole("button", { name: "去处理" }).click();
    const form = phone.getByTestId("evaluation-form");
    await form.waitFor();
    await form.scrollIntoViewIfNeeded();
    await form.locator("#overall").getByText("满意", { exact: true }).click();
    await form.locator("#dimension-contact").getByText("满意", { exact: true }).click();
    await form.locator("#dimension-outcome").getByText("满意", { exact: true }).click();
    await form.getByRole("button", { name: "提交评价" }).click();
    await phone.getByText("已测评").first().waitFor();
    await untilToastsGone(phone);

    await expectDone(phone, title, "notifications-05-portal-reply-done", "已答复");
  });

  it("the office's bell names its count, and 通知设置 refuses to switch a deadline off", { timeout: 120_000 }, async () => {
    const office = await open("desktop");
    await office.goto(`${base}/admin/`);
    await signIn(office, "admin");
    const bell = office.getByRole("button", { name: /^消息，/ });
    await bell.waitFor();
    await bell.click();
    await office.locator(".ant-drawer").getByRole("tab", { name: /未读/ }).waitFor();
    await shotViewport(office, "notifications-06-admin-bell");
    await office.keyboard.press("Escape");

    await office.getByRole("button", { name: /账号菜单/ }).click();
    await office.getByRole("menuitem", { name: "通知设置" }).click();
    const settings = dialog(office, "通知设置");
    const overdue = settings.locator('[data-kind="deadline.overdue"]');
    await overdue.getByText("不能关闭").waitFor();
    await expect(overdue.getByRole("radio", { name: "不通知" }).isDisabled()).resolves.toBe(true);
    // Its default is 每日汇总; 立即通知 is saved at once and said so.
    await settings.locator('[data-kind="suggestion.answered"]').getByText("立即通知").click();
    await toast(office, "「协商建议已答复」已改为立即通知");
    await shotViewport(office, "notifications-07-admin-settings");
  });

  it("a member's 通知设置 on a phone: a meeting change cannot be switched off, a choice is saved at once", { timeout: 120_000 }, async () => {
    const phone = await open("phone");
    await phone.goto(`${base}/portal/`);
    await signIn(phone, "member");
    await phone.locator(".adm-tab-bar-item").filter({ hasText: "我的" }).click();
    await phone.getByText("通知设置", { exact: true }).click();
    await phone.getByText("站内消息总会送达", { exact: false }).waitFor();
    const meeting = phone.locator('[data-kind="consultation.meetingChanged"]');
    await meeting.getByText("不能关闭", { exact: false }).waitFor();
    expect(await meeting.locator(".adm-selector-item-disabled").getByText("不通知").count()).toBe(1);
    const filed = phone.locator('[data-kind="proposal.filed"]');
    await filed.getByText("立即通知").click();
    await phone.locator(".adm-toast-main").getByText("已改为立即通知").waitFor();
    await expect.poll(() => filed.locator(".adm-selector-item-active").innerText()).toBe("立即通知");
    await untilToastsGone(phone);
    await shotViewport(phone, "notifications-08-portal-settings");
  });
});
