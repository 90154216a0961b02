import { afterEach, describe, expect, inject, it, onTestFailed } from "vitest";
import type { Page } from "playwright-core";
import { openBrowser, shot, type Browser } from "../src/browser";
import { fillDate, liaisonTownshipId, openDialog, pickOption, settled, submitPublicTopic, todayInShanghai } from "../src/deliberation";
import { signIn } from "../src/login";
import { apiSignIn } from "../src/trpcHttp";

const base = inject("baseUrl");
const browsers: Browser[] = [];
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});
// A failed step leaves every open screen behind, to see what the person would have seen.
const shootOnFailure = () =>
  onTestFailed(async () => {
    await Promise.all(browsers.map((b, i) => shot(b.page, `deliberation-failed-${i + 1}`).catch(() => undefined)));
  });

/** A screenshot of the settled screen (no spinner, no half-faded rows). */
async function snap(page: Page, name: string) {
  await settled(page);
  await shot(page, name);
}

async function open(viewport: "phone" | "tablet" | "desktop") {
  const browser = await openBrowser(viewport);
  browsers.push(browser);
  return browser.page;
}

const topic = "东湖小区北门路灯不亮";
/** A topic the demo city's liaison accepted earlier in the year (packages/api/src/demo/deliberations.ts). */
const acceptedEarlier = "学校门口接送车辆拥堵";
const description = "东湖小区北门外的三盏路灯已经坏了两个多月，晚上老人和孩子出行很不方便，希望尽快修好。";
const suggestionText = "请市住建局在一个月内修复东湖小区北门外路灯，并纳入日常巡查。";
const answerText = "已于本周完成东湖小区北门外三盏路灯的维修，并纳入城市照明日常巡查。";
const sessionTitle = "东湖小区北门路灯问题民生议事";
const summaryText = "本次民生议事堂围绕东湖小区北门路灯问题开展协商，市住建局已完成维修，群众满意。";

/**
 * 民生议事堂 from a resident's topic to the published result, across the four kinds of people and
 * three apps, with a screenshot at every step: resident (phone, no account) → liaison officer
 * (tablet) → member (portal, phone) → handling unit (admin app) → officer → resident again.
 */
describe("民生议事堂: a resident's topic to a published result", () => {
  it("runs the whole township deliberation journey", { timeout: 300_000 }, async () => {
    shootOnFailure();
    const townshipId = await liaisonTownshipId(base);
    const publicUrl = `${base}/liaison/public/topics/${townshipId}`;
    const today = todayInShanghai();

    // 1. A resident opens the township's page on a phone, without an account.
    const resident = await open("phone");
    await resident.goto(publicUrl);
    await resident.getByText("当湖街道民生议事堂").waitFor();
    await snap(resident, "deliberation-01-public-page");

    // A description that says nothing is refused with the rule's own words, before anything is sent.
    await resident.getByLabel("议题", { exact: true }).fill(topic);
    await resident.getByLabel("情况描述", { exact: true }).fill("路灯坏了");
    await resident.getByRole("button", { name: "提交议题" }).click();
    await resident.getByText("描述至少 10 个字，请写明地点和具体情况").waitFor();
    await snap(resident, "deliberation-02-public-validation");

    await resident.getByLabel("情况描述", { exact: true }).fill(description);
    await resident.getByLabel(/^您的姓名/).fill("王阿姨");
    await resident.getByLabel(/^手机号码/).fill("13812345678");
    await resident.getByRole("button", { name: "提交议题" }).click();
    await resident.getByText("已收到，待联络员审核后公开").waitFor();
    await snap(resident, "deliberation-03-public-received");
    // Not public before the officer accepts it: the accepted tab lists the township's earlier topics only.
    await resident.getByRole("tab", { name: "已采纳议题" }).click();
    await resident.getByText(acceptedEarlier).first().waitFor();
    expect(await resident.getByText(topic).count()).toBe(0);

    // 2. The officer (tablet) registers the township's deliberation hall.
    const officer = await open("tablet");
    await officer.goto(`${base}/liaison/`);
    await signIn(officer, "liaison");
    await officer.getByRole("menuitem", { name: "阵地" }).click();
    await officer.getByRole("button", { name: "登记阵地" }).click();
    const venueDialog = openDialog(officer, "登记阵地");
    await venueDialog.getByLabel("名称", { exact: true }).fill("当湖街道东湖社区民生议事堂");
    await venueDialog.getByLabel(/^地址/).fill("东湖社区服务中心二楼");
    await snap(officer, "deliberation-04-officer-venue-form");
    await venueDialog.getByRole("button", { name: "保存" }).click();
    await officer.getByText("当湖街道东湖社区民生议事堂").waitFor();
    await snap(officer, "deliberation-05-officer-venues");

    // The topic waits for moderation, with the resident's contact for the officer only.
    await officer.getByRole("menuitem", { name: "群众议题" }).click();
    await officer.getByText(topic).waitFor();
    await officer.getByText("13812345678").waitFor();
    await snap(officer, "deliberation-06-officer-pending-topic");
    await officer.getByRole("row", { name: new RegExp(topic) }).getByRole("button", { name: "采纳", exact: true }).click();
    await openDialog(officer, "采纳议题").getByRole("button", { name: "确认采纳并公示" }).click();
    await officer.getByText("已采纳，议题已在公开页面公示").waitFor();

    // Accepted: chosen for a session scheduled today.
    await officer.getByRole("tab", { name: "已采纳" }).click();
    await officer.getByLabel(`选择议题：${topic}`).check();
    await officer.getByRole("button", { name: /安排议事/ }).click();
    await officer.getByLabel("议事题目", { exact: true }).fill(sessionTitle);
    await fillDate(officer, "议事日期", today);
    await pickOption(officer, /^议事场所/, "当湖街道东湖社区民生议事堂");
    await snap(officer, "deliberation-07-officer-schedule");
    await officer.getByRole("button", { name: "安排议事", exact: true }).click();
    await officer.getByText(/议事已安排/).waitFor();
    await officer.getByText("议事概况").waitFor();
    await expect(officer.getByText("已排期").first().isVisible()).resolves.toBe(true);
    await snap(officer, "deliberation-08-officer-session-scheduled");
    const sessionUrl = officer.url();

    // 3. A member of the township group accepts the invitation in the portal (phone).
    const member = await open("phone");
    await member.goto(`${base}/portal/`);
    await signIn(member, "member");
    await member.getByText("我的活动").first().click();
    const card = member.locator("[data-invitation-id]").filter({ hasText: sessionTitle });
    await card.getByRole("button", { name: "接受邀请" }).click();
    await card.getByText("已报名").waitFor();
    await snap(member, "deliberation-09-member-accepted");

    // The officer shows the check-in codes; the member types the 6-digit one at 签到.
    await officer.getByRole("tab", { name: "扫码签到" }).click();
    await officer.getByRole("button", { name: "出示签到码" }).click();
    await officer.getByTestId("check-in-token").waitFor();
    const pinText = officer.getByTestId("check-in-pin");
    await expect.poll(() => pinText.innerText()).toMatch(/^\d{6}$/);
    await snap(officer, "deliberation-10-officer-check-in-code");
    await member.getByRole("button", { name: "签到", exact: true }).click();
    await member.locator("#checkInCode").fill(await pinText.innerText());
    await member.getByRole("button", { name: "签到", exact: true }).click();
    await member.getByText("签到成功").waitFor();
    await snap(member, "deliberation-11-member-checked-in");

    // 4. Present by the typed code: the officer's screen follows without a reload; the session is recorded as held.
    const memberApi = await apiSignIn(base, "member");
    const me = await memberApi.query<{ account: { displayName: string } }>("auth.me");
    await officer.getByText("已出席 1 人").waitFor();
    await officer.getByRole("button", { name: "结束出示" }).click();
    await officer.getByRole("tab", { name: /邀请与出席/ }).click();
    await officer.getByText(/^已报名 1$/).click();
    await officer.getByRole("row", { name: new RegExp(me.account.displayName) }).getByText("签到码签到").waitFor();
    await snap(officer, "deliberation-12-officer-attendance");
    // The member's speech at the session, which counts in their duty record.
    await officer.getByRole("tab", { name: /发言/ }).click();
    await officer.getByRole("button", { name: "登记发言" }).click();
    const speech = openDialog(officer, "登记发言");
    await speech.getByLabel("发言委员", { exact: true }).fill(me.account.displayName);
    await officer.locator(".ant-select-dropdown:visible").getByText(me.account.displayName).first().click();
    await speech.getByLabel("发言题目", { exact: true }).fill("北门路灯维修和夜间照明");
    await speech.getByRole("button", { name: "登记" }).click();
    await officer.getByText("发言已登记").waitFor();
    await snap(officer, "deliberation-13-officer-speech");

    await officer.getByRole("button", { name: "登记为已召开" }).click();
    await officer.getByRole("button", { name: "登记", exact: true }).click();
    await officer.getByText("已登记为已召开").waitFor();
    await officer.getByText("已召开").first().waitFor();

    // 5. A resident's suggestion at the session, routed to 市住建局.
    await officer.getByRole("tab", { name: /意见建议/ }).click();
    await officer.getByRole("button", { name: "登记意见建议" }).click();
    const record = openDialog(officer, "登记意见建议");
    await record.getByLabel(/^姓名/).fill("王阿姨");
    await pickOption(officer, "分类", "城乡建设");
    await record.getByLabel("意见建议内容", { exact: true }).fill(suggestionText);
    await snap(officer, "deliberation-14-officer-record-suggestion");
    await record.getByRole("button", { name: "登记" }).click();
    await officer.getByText("意见建议已登记，可交办承办单位").waitFor();
    await officer.getByRole("button", { name: "交办" }).click();
    const route = openDialog(officer, "交办意见建议");
    await route.getByLabel("承办单位", { exact: true }).fill("住建");
    await officer.locator(".ant-select-dropdown:visible").getByText(/市住建局/).first().click();
    await snap(officer, "deliberation-15-officer-route");
    await route.getByRole("button", { name: "交办" }).click();
    await officer.getByText("已交办，承办单位将在其工作台看到").waitFor();
    await officer.getByText(/交办 市住建局/).waitFor();
    await snap(officer, "deliberation-16-officer-routed");

    // 6. The handling unit answers it in the admin app, seeing only what was routed to it.
    const handler = await open("desktop");
    await handler.goto(`${base}/admin/`);
    await signIn(handler, "handler");
    await handler.getByText("意见建议办理").waitFor();
    await snap(handler, "deliberation-17-handler-home");
    await handler.getByRole("menuitem", { name: "建议办理" }).click();
    await handler.getByText(suggestionText).waitFor();
    await snap(handler, "deliberation-18-handler-inbox");
    await handler.getByTestId("inbox-suggestion").filter({ hasText: suggestionText }).getByRole("button", { name: "答复" }).click();
    await openDialog(handler, "答复意见建议").getByLabel("答复内容", { exact: true }).fill(answerText);
    await snap(handler, "deliberation-19-handler-answer");
    await handler.getByRole("button", { name: "提交答复" }).click();
    await handler.getByText("答复已提交，等待联络室核实销号").waitFor();
    await handler.getByRole("tab", { name: "已答复" }).click();
    await handler.getByText(answerText).waitFor();
    await snap(handler, "deliberation-20-handler-answered");

    // 7. The officer sees the answer and closes the suggestion as carried out (落实).
    await officer.goto(`${sessionUrl.split("?")[0]}?tab=suggestions`);
    await officer.getByText(answerText).waitFor();
    await officer.getByTestId("suggestion-card").getByRole("button", { name: "销号" }).click();
    const close = openDialog(officer, "销号");
    await close.getByText("落实", { exact: true }).click();
    await snap(officer, "deliberation-21-officer-close");
    await close.getByRole("button", { name: "销号" }).click();
    await officer.getByText("已销号", { exact: true }).first().waitFor();
    await snap(officer, "deliberation-22-officer-closed");

    // 8. The summary is published, and the session closed now that every suggestion is closed.
    await officer.getByRole("tab", { name: /结果公示/ }).click();
    await officer.getByLabel("议事结果摘要", { exact: true }).fill(summaryText);
    await officer.getByRole("button", { name: "公示议事结果" }).click();
    await officer.getByText(/已于 .* 公示/).waitFor();
    await snap(officer, "deliberation-23-officer-published");
    await officer.getByRole("button", { name: "办结", exact: true }).click();
    await officer.getByRole("button", { name: "办结", exact: true }).last().click();
    await officer.getByText("本次议事已办结").waitFor();
    await officer.getByText("已办结").first().waitFor();
    await snap(officer, "deliberation-24-officer-session-closed");
    await officer.getByRole("menuitem", { name: "销号清单" }).click();
    // The journey's suggestion is closed: off the list, where the demo city's open items remain.
    await officer.getByText(/已全部加载|没有未销号的意见建议/).first().waitFor();
    expect(await officer.getByText(suggestionText).count()).toBe(0);
    await snap(officer, "deliberation-25-officer-open-items");

    // 9. The resident sees the accepted topic and the result, with how the suggestion ended.
    await resident.goto(publicUrl);
    await resident.getByRole("tab", { name: "议事结果" }).click();
    await resident.getByText(summaryText).waitFor();
    // The demo city's earlier results are listed too: this session's card carries its own count.
    await resident.locator(".ant-card").filter({ hasText: summaryText }).getByText("落实 1", { exact: true }).waitFor();
    await snap(resident, "deliberation-26-public-result");
    await resident.getByRole("tab", { name: "已采纳议题" }).click();
    await resident.getByText(topic).waitFor();
    // Its deliberation met and its result is public: the topic says so.
    await resident.locator(".ant-card").filter({ hasText: topic }).getByText("已公示", { exact: true }).waitFor();
    await snap(resident, "deliberation-27-public-topics");
  });

  it("declines a topic with its reason, and tells an officer who was not first", { timeout: 180_000 }, async () => {
    shootOnFailure();
    const townshipId = await liaisonTownshipId(base);
    // A wrong link (or an old QR code) says so in words, not a blank page.
    const resident = await open("phone");
    await resident.goto(`${base}/liaison/public/topics/00000000-0000-4000-8000-000000000000`);
    await resident.getByText("找不到该镇街道").waitFor();
    await snap(resident, "deliberation-28-public-wrong-link");

    const advert = { townshipId, topic: "专业代办各类证件", description: "本公司专业代办各类证件，价格优惠，欢迎来电咨询办理。" };
    const bench = { townshipId, topic: "南河公园增设休息座椅", description: "南河公园步道两公里内没有座椅，老人散步走累了没有地方休息。" };
    await submitPublicTopic(base, advert);
    await submitPublicTopic(base, bench);

    const officer = await open("tablet");
    await officer.goto(`${base}/liaison/`);
    await signIn(officer, "liaison");
    await officer.getByRole("menuitem", { name: "群众议题" }).click();
    await officer.getByText(advert.topic, { exact: true }).waitFor();
    await officer.getByRole("row", { name: new RegExp(advert.topic) }).getByRole("button", { name: "不予采纳" }).click();
    const reject = openDialog(officer, "不予采纳");
    await reject.getByLabel("不予采纳的理由", { exact: true }).fill("属于商业广告，不是群众身边的公共事务");
    await snap(officer, "deliberation-29-officer-reject");
    await reject.getByRole("button", { name: "不予采纳" }).click();
    await officer.getByText("已不予采纳，理由已记录").waitFor();
    await officer.getByRole("tab", { name: "不予采纳" }).click();
    await officer.getByText("不予采纳理由：属于商业广告，不是群众身边的公共事务").waitFor();
    await snap(officer, "deliberation-30-officer-rejected-list");

    // The office accepts the other topic while the officer still has the old list on screen.
    await officer.getByRole("tab", { name: "待审核" }).click();
    await officer.getByText(bench.topic, { exact: true }).waitFor();
    const office = await apiSignIn(base, "admin");
    const pending = await office.query<{ items: { id: string; version: number; topic: string }[] }>("consultation.residentTopic.list", { townshipId, state: "pending" });
    const row = pending.items.find((t) => t.topic === bench.topic)!;
    await office.mutate("consultation.residentTopic.moderate", { id: row.id, version: row.version, type: "accept", reason: "" });
    await officer.getByRole("row", { name: new RegExp(bench.topic) }).getByRole("button", { name: "不予采纳" }).click();
    const late = openDialog(officer, "不予采纳");
    await late.getByLabel("不予采纳的理由", { exact: true }).fill("重复议题");
    await late.getByRole("button", { name: "不予采纳" }).click();
    await late.getByText("该议题已被他人审核，请刷新后查看").waitFor();
    await snap(officer, "deliberation-31-officer-conflict");
    await late.getByRole("button", { name: "刷新" }).click();
    await officer.getByText(bench.topic, { exact: true }).waitFor({ state: "hidden" });

    // A member reception hall is rated within the council's star range; its page lists its activities.
    await officer.getByRole("menuitem", { name: "阵地" }).click();
    await officer.getByRole("button", { name: "登记阵地" }).click();
    const hall = openDialog(officer, "登记阵地");
    await pickOption(officer, "阵地类型", "委员会客厅");
    await hall.getByLabel("名称", { exact: true }).fill("当湖街道委员会客厅");
    await hall.locator(".ant-rate-star").nth(3).click();
    await snap(officer, "deliberation-32-officer-reception-hall");
    await hall.getByRole("button", { name: "保存" }).click();
    await officer.getByText("阵地已登记").waitFor();
    await officer.getByRole("row", { name: /当湖街道委员会客厅/ }).getByRole("button", { name: "查看" }).click();
    await officer.getByRole("dialog").getByText("委员会客厅", { exact: true }).waitFor();
    await snap(officer, "deliberation-33-officer-venue-detail");

    // The resident sees the accepted topic, never the declined one.
    await resident.goto(`${base}/liaison/public/topics/${townshipId}`);
    await resident.getByRole("tab", { name: "已采纳议题" }).click();
    await resident.getByText(bench.topic, { exact: true }).waitFor();
    expect(await resident.getByText(advert.topic).count()).toBe(0);
    await snap(resident, "deliberation-34-public-accepted-only");
  });

  it("prints the notice with the public page's QR code for the notice board", async () => {
    shootOnFailure();
    const townshipId = await liaisonTownshipId(base);
    const officer = await open("desktop");
    await officer.goto(`${base}/liaison/`);
    await signIn(officer, "liaison");
    await officer.getByRole("menuitem", { name: "群众议题" }).click();
    const link = officer.getByRole("link", { name: /打印张贴通知/ });
    const [notice] = await Promise.all([officer.context().waitForEvent("page"), link.click()]);
    const sheet = notice.getByRole("article", { name: "群众议题征集通知" });
    await sheet.getByText("民生议事 · 群众议题征集").waitFor();
    await sheet.getByText(/当湖街道政协委员联络室/).waitFor();
    await sheet.getByLabel("当湖街道群众议事页面二维码").waitFor();
    // The printed address is the one the QR code carries: the township's public page.
    expect(await sheet.locator(".url").textContent()).toBe(`${base}/liaison/public/topics/${townshipId}`);
    await notice.emulateMedia({ media: "print" });
    await shot(notice, "deliberation-35-printed-notice");
  });
});
