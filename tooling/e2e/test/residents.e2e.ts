import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { openBrowser, shot, type Browser } from "../src/browser";
import { liaisonTownshipId, openDialog, pickOption, settled, submitPublicTopic, todayInShanghai } from "../src/deliberation";
import { signIn } from "../src/login";
import { startServer, type RunningServer } from "../src/server";
import { apiSignIn } from "../src/trpcHttp";

/**
 * Residents at the township's door and at the table. A resident follows their topic by its receipt, on a phone: submit → receipt shown → the officer
 * accepts with a redaction → the resident looks up and sees 已采纳 with the redacted text; a
 * topic raised without a phone gets a lookup code, and once declined shows its reason. At the
 * session, the officer records the residents and department people who came, and the office's
 * statistics count them in 参与人次.
 *
 * Its own server: the public page allows 5 topics per address per quarter hour, and every browser
 * here is 127.0.0.1, so sharing the suite's server would make this journey depend on how many
 * topics other journeys sent just before.
 */
let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
}, 90_000);
afterAll(() => server?.stop());

const browsers: Browser[] = [];
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});
const shootOnFailure = () =>
  onTestFailed(async () => {
    await Promise.all(browsers.map((b, i) => shot(b.page, `residents-failed-${i + 1}`).catch(() => undefined)));
  });

async function open(viewport: "phone" | "tablet" | "desktop") {
  const browser = await openBrowser(viewport);
  browsers.push(browser);
  return browser.page;
}

async function snap(page: Page, name: string) {
  await settled(page);
  await shot(page, name);
}

const topic = "东湖小区楼道灯坏了没人修";
const description = "我叫王小明，住东湖小区3栋2单元501，楼道灯坏了一个多月，有事打13812345678，物业一直不来修。";

describe("resident topic receipts", () => {
  it("gives a receipt, and the resident follows the topic to 已采纳 with the redacted text, or to 未采纳 with its reason", { timeout: 300_000 }, async () => {
    shootOnFailure();
    const base = server.base;
    const townshipId = await liaisonTownshipId(base);
    const publicUrl = `${base}/liaison/public/topics/${townshipId}`;

    // 1. A resident raises a topic on a phone and gets a receipt number.
    const resident = await open("phone");
    await resident.goto(publicUrl);
    await resident.getByLabel("议题", { exact: true }).fill(topic);
    await resident.getByLabel("情况描述", { exact: true }).fill(description);
    await resident.getByLabel(/^您的姓名/).fill("王小明");
    await resident.getByLabel(/^手机号码/).fill("13812345678");
    await resident.getByRole("button", { name: "提交议题" }).click();
    await resident.getByText("已收到，待联络员审核后公开").waitFor();
    const receiptNo = (await resident.getByTestId("receipt-no").innerText()).trim();
    expect(receiptNo).toMatch(/^YT-\d{8}-\d{4}$/);
    await snap(resident, "residents-01-receipt");

    // 2. The officer accepts it: the dialog shows what would be published, with the personal details highlighted.
    const officer = await open("tablet");
    await officer.goto(`${base}/liaison/`);
    await signIn(officer, "liaison");
    await officer.getByRole("menuitem", { name: "群众议题" }).click();
    await officer.getByText(topic, { exact: true }).waitFor();
    await officer.getByText(`回执 ${receiptNo}`).waitFor();
    await officer.getByRole("row", { name: new RegExp(topic) }).getByRole("button", { name: "采纳", exact: true }).click();
    const accept = openDialog(officer, "采纳议题");
    await accept.getByText("发现 3 处可能暴露群众个人信息的内容").waitFor();
    await expect(accept.locator("mark").allInnerTexts()).resolves.toEqual(["王小明", "3栋2单元501", "13812345678"]);
    await snap(officer, "residents-02-officer-accept-highlighted");
    await accept.getByRole("button", { name: "全部隐去" }).click();
    const published = await accept.getByLabel("公示的情况描述", { exact: true }).inputValue();
    expect(published).toBe("我叫王某，住东湖小区某栋某单元某，楼道灯坏了一个多月，有事打（电话已隐去），物业一直不来修。");
    await accept.getByText("未发现电话、身份证号、门牌号或姓名。").nth(1).waitFor();
    await snap(officer, "residents-03-officer-accept-redacted");
    await accept.getByRole("button", { name: "确认采纳并公示" }).click();
    await officer.getByText("已采纳，议题已在公开页面公示").waitFor();
    await officer.getByRole("tab", { name: "已采纳" }).click();
    await officer.getByText(`公示文本：${topic}——${published}`).waitFor();
    await snap(officer, "residents-04-officer-accepted-list");

    // 3. The resident looks the topic up with the receipt and the phone's last four digits.
    await resident.getByRole("button", { name: "查询进度" }).click();
    await expect(resident.getByLabel("回执号", { exact: true }).inputValue()).resolves.toBe(receiptNo);
    await resident.getByLabel(/^手机号后四位/).fill("1234");
    await resident.getByTestId("lookup-submit").click();
    await resident.getByText("没有查到该议题，请核对回执号和手机号后四位").waitFor();
    await snap(resident, "residents-05-lookup-wrong-digits");
    await resident.getByLabel(/^手机号后四位/).fill("5678");
    await resident.getByTestId("lookup-submit").click();
    const result = resident.getByTestId("lookup-result");
    await result.getByText("已采纳", { exact: true }).waitFor();
    await result.getByText(published).waitFor();
    expect(await result.innerText()).not.toMatch(/13812345678|王小明|501/);
    await snap(resident, "residents-06-lookup-accepted");
    // The public list shows the published text only.
    await resident.getByRole("tab", { name: "已采纳议题" }).click();
    // antd's ellipsis keeps a hidden measuring copy and may cut the visible one: look for a redacted piece, visible.
    const acceptedTab = resident.getByRole("tabpanel", { name: "已采纳议题" });
    await acceptedTab.getByText("住东湖小区某栋某单元某").filter({ visible: true }).first().waitFor();
    expect(await acceptedTab.innerText()).not.toMatch(/13812345678|王小明/);
    await snap(resident, "residents-07-public-accepted");

    // 4. Another topic, without a phone: the receipt comes with a lookup code.
    await resident.getByRole("tab", { name: "我要提议题" }).click();
    await resident.getByRole("button", { name: "再提一个议题" }).click();
    await resident.getByLabel("议题", { exact: true }).fill("广场舞音响声音太大");
    await resident.getByLabel("情况描述", { exact: true }).fill("每天晚上九点以后南河公园的广场舞音响还开得很大，附近居民无法休息。");
    await resident.getByRole("button", { name: "提交议题" }).click();
    await resident.getByTestId("lookup-code").waitFor();
    const second = (await resident.getByTestId("receipt-no").innerText()).trim();
    const code = (await resident.getByTestId("lookup-code").innerText()).trim();
    expect(code).toMatch(/^\d{4}$/);
    await snap(resident, "residents-08-receipt-with-code");

    // The officer opens the queue again and declines it with a reason.
    await officer.reload();
    await officer.getByRole("tab", { name: "待审核" }).click();
    await officer.getByRole("row", { name: /广场舞音响声音太大/ }).getByRole("button", { name: "不予采纳" }).click();
    const reject = openDialog(officer, "不予采纳");
    await reject.getByLabel("不予采纳的理由", { exact: true }).fill("属于噪声扰民，已转城管部门依法处理");
    await reject.getByRole("button", { name: "不予采纳" }).click();
    await officer.getByText("已不予采纳，理由已记录").waitFor();

    // The resident looks it up with the code: 未采纳, and why.
    await resident.getByRole("button", { name: "查询进度" }).click();
    await expect(resident.getByLabel("回执号", { exact: true }).inputValue()).resolves.toBe(second);
    await expect(resident.getByLabel(/^手机号后四位/).inputValue()).resolves.toBe(code);
    await resident.getByTestId("lookup-submit").click();
    const declined = resident.getByTestId("lookup-result");
    await declined.getByText("未采纳", { exact: true }).waitFor();
    await declined.getByText("属于噪声扰民，已转城管部门依法处理").waitFor();
    await snap(resident, "residents-09-lookup-declined");
  });

  it("records non-member participants at a session, and the statistics count them in 参与人次", { timeout: 180_000 }, async () => {
    shootOnFailure();
    const base = server.base;
    const townshipId = await liaisonTownshipId(base);
    // Setup by script: an accepted topic scheduled today (the scheduling form is another journey's).
    await submitPublicTopic(base, { townshipId, topic: "菜市场周边停车难", description: "城南菜市场周边没有停车位，早上电动车乱停堵住了人行道。" });
    const liaisonApi = await apiSignIn(base, "liaison");
    const pending = await liaisonApi.query<{ items: { id: string; version: number; topic: string }[] }>("consultation.residentTopic.list", { townshipId, state: "pending" });
    const t = pending.items.find((x) => x.topic === "菜市场周边停车难")!;
    await liaisonApi.mutate("consultation.residentTopic.moderate", { id: t.id, version: t.version, type: "accept", reason: "" });
    const scheduled = await liaisonApi.mutate<{ consultation: { id: string } }>("consultation.deliberation.scheduleFromTopics", {
      topicIds: [t.id],
      title: "城南菜市场停车问题民生议事",
      plannedDate: todayInShanghai(),
      venue: "城南社区会议室",
      inviteDefault: true,
    });

    // The demo city's year is in the statistics too: the office's figures must move by this session's two.
    type Totals = { membersPresent: number; participants: number; speeches: number };
    const officeApi = await apiSignIn(base, "admin");
    const { totals: before } = await officeApi.query<{ totals: Totals }>("consultation.stats", { fromYear: null, toYear: null, townshipId: null });

    const officer = await open("tablet");
    await officer.goto(`${base}/liaison/`);
    await signIn(officer, "liaison");
    await officer.getByText("工作台").first().waitFor();
    await officer.goto(`${base}/liaison/deliberations/${scheduled.consultation.id}?tab=participants`);
    await officer.getByText("还没有登记非委员参会人员").waitFor();
    await officer.getByRole("button", { name: "登记参会人员" }).click();
    const add = openDialog(officer, "登记参会人员");
    await add.getByLabel("姓名", { exact: true }).fill("李科长");
    await add.getByLabel(/^单位或职务/).fill("市住建局 城建科科长");
    await add.getByLabel(/^联系电话/).fill("13900001111");
    await snap(officer, "residents-10-officer-add-participant");
    await add.getByRole("button", { name: "保存并继续登记" }).click();
    await officer.getByText("已登记 李科长").waitFor();
    await add.getByLabel("姓名", { exact: true }).fill("赵大伯");
    await pickOption(officer, "身份", "群众");
    await add.getByLabel(/^单位或职务/).fill("城南社区居民");
    await add.getByRole("button", { name: "保存", exact: true }).click();
    await officer.getByText("已登记 赵大伯").waitFor();
    await officer.getByRole("tab", { name: "其他参会人员（2）" }).waitFor();
    await officer.getByText("参与人次", { exact: true }).waitFor();
    await officer.getByText("2（委员出席 0，其他参会 2）").waitFor();
    await snap(officer, "residents-11-officer-participants");

    // The office's statistics count them.
    const office = await open("desktop");
    await office.goto(`${base}/admin/`);
    await signIn(office, "admin");
    await office.getByText("工作台").first().waitFor();
    await office.goto(`${base}/admin/consultation-stats`);
    await office.getByText(`委员出席 ${before.membersPresent}，其他参会 ${before.participants + 2}，发言 ${before.speeches}`).waitFor();
    await snap(office, "residents-12-office-statistics");
  });
});
