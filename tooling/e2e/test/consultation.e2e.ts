import { afterAll, afterEach, describe, expect, inject, it } from "vitest";
import { openBrowser, shot, type Browser } from "../src/browser";
import {
  choose,
  createMemberLogin,
  currentQuarterLabel,
  demoMember,
  dialog,
  field,
  search,
  shanghaiToday,
  toast,
  typeDate,
  type JourneyMember,
} from "../src/consultationJourney";
import { signIn } from "../src/login";

const base = inject("baseUrl");
const browsers: Browser[] = [];
// A failed step leaves every screen it had open behind, to see what the person would have seen.
afterEach(async ({ task }) => {
  if (task.result?.state === "fail") await Promise.all(browsers.map((b, i) => shot(b.page, `consultation-failed-${i + 1}`).catch(() => undefined)));
});
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});

async function open(viewport: "desktop" | "phone") {
  const b = await openBrowser(viewport);
  browsers.push(b);
  return b.page;
}

const year = Number(shanghaiToday().slice(0, 4));
/** An item of this year's plan the demo city has not started yet (packages/api/src/demo/cityConsultations.ts). */
const topic = "关于优化营商环境的请你来协商";
const nextYearTopic = "关于数字经济赋能制造业的请你来协商";

/**
 * 市级协商 from plan to feedback, across the office's desk (admin) and two members' phones
 * (portal): the year's plan approved → a consultation created from its item and scheduled →
 * members invited → one asks for leave (granted), one accepts and checks in with the code →
 * suggestions recorded and routed → outcome submitted → adoption feedback recorded.
 */
describe("city consultation journey", () => {
  it("plan → schedule → invite → leave and check-in → suggestions → outcome → feedback", { timeout: 300_000 }, async () => {
    const invitee: JourneyMember = await demoMember(base);
    const onLeave = await createMemberLogin(base, "weiyuan2", invitee.memberId);

    // 1. This year's plan (the demo city's) was approved early in the year; the office drafts next
    // year's with one item and approves it.
    const office = await open("desktop");
    await office.goto(`${base}/admin/`);
    await signIn(office, "admin");
    await office.getByRole("menuitem", { name: "年度协商计划" }).click();
    await office.getByText(/批准并锁定，不能再修改/).first().waitFor();
    await office.goto(`${base}/admin/consultation-plan?year=${year + 1}`);
    await office.getByText(`${year + 1} 年度还没有协商计划`).waitFor();
    await office.getByRole("button", { name: "编制计划" }).click();
    await office.getByRole("button", { name: "添加协商项目" }).click();
    await choose(office, office, "第 1 项协商形式", "请你来协商");
    await field(office, "第 1 项协商议题").fill(nextYearTopic);
    await choose(office, office, "第 1 项季度", currentQuarterLabel());
    await choose(office, office, "第 1 项牵头专委会", "经济委员会");
    await shot(office, "consultation-01-plan-editing");
    await office.getByRole("button", { name: "保存计划" }).click();
    await toast(office, `已保存 ${year + 1} 年度协商计划`);
    await office.getByRole("cell", { name: nextYearTopic }).waitFor();
    await shot(office, "consultation-02-plan-draft");
    await office.getByRole("button", { name: "批准计划" }).click();
    await office.getByRole("button", { name: "批准并锁定" }).click();
    await toast(office, "已批准并锁定");
    await office.getByText(/批准并锁定，不能再修改/).first().waitFor();
    expect(await office.getByRole("button", { name: "编辑计划" }).count()).toBe(0);
    await shot(office, "consultation-03-plan-approved");

    // 2. A consultation from this year's item due this quarter; the format's own rules speak first.
    await office.goto(`${base}/admin/consultation-plan?year=${year}`);
    await office.getByRole("row").filter({ hasText: topic }).getByRole("button", { name: "据此创建协商" }).click();
    await office.getByText("新建协商", { exact: true }).first().waitFor();
    await expect(field(office, "协商题目").inputValue()).resolves.toBe(topic);
    await office.getByRole("button", { name: "保存草稿" }).click();
    await office.getByText("「请你来协商」须至少选择一个对口部门（承办单位）").waitFor();
    await shot(office, "consultation-04-create-violation");
    await search(office, office, "对口部门（承办单位）", "住建局", "市住建局");
    await office.keyboard.press("Escape");
    await field(office, "会议地点").fill("市政协三楼会议室");
    await office.getByRole("button", { name: "保存草稿" }).click();
    await toast(office, "协商已创建");
    await office.getByText("协商概况").waitFor();
    await shot(office, "consultation-05-draft");

    // Planned, then scheduled for today (the meeting is held today in this journey).
    await office.getByRole("button", { name: "列入计划" }).click();
    await office.locator(".ant-popconfirm").getByRole("button", { name: "列入计划" }).click();
    await toast(office, "已列入计划");
    await office.getByRole("button", { name: "安排会议" }).click();
    const schedule = dialog(office, "安排会议");
    await typeDate(schedule, "会议日期", shanghaiToday());
    await schedule.getByRole("button", { name: "确定排期" }).click();
    await toast(office, "已安排会议日期");
    await office.getByText("已排期").first().waitFor();
    await shot(office, "consultation-06-scheduled");

    // 3. Two members invited by name (the picker finds them by name).
    await office.getByRole("button", { name: "邀请委员" }).click();
    const invite = dialog(office, "邀请委员");
    await search(office, invite, "按姓名", invitee.name, `${invitee.name}（${invitee.sectorName}`);
    await search(office, invite, "按姓名", onLeave.name, `${onLeave.name}（${onLeave.sectorName}`);
    await shot(office, "consultation-07-invite");
    await invite.getByRole("button", { name: "发出邀请" }).click();
    await toast(office, "已邀请 2 位委员");
    await office.getByRole("cell", { name: invitee.name, exact: true }).waitFor();
    await shot(office, "consultation-08-invited");

    // 4a. The second member asks for leave in the portal; a reason is required.
    const away = await open("phone");
    await away.goto(`${base}/portal/`);
    await signIn(away, onLeave.username);
    // Other journeys on the same server may have invited this member too.
    await away.getByText(/\d+ 个邀请待回复/).waitFor();
    await shot(away, "consultation-09a-portal-home");
    await away.getByText("我的活动").first().click();
    await away.getByText(topic).first().waitFor();
    await shot(away, "consultation-09-portal-invitation");
    const awayCard = away.locator("[data-invitation-id]").filter({ hasText: topic });
    await awayCard.getByRole("button", { name: "请假" }).click();
    await away.getByRole("button", { name: "提交请假" }).click();
    await away.getByText("请填写请假事由").waitFor();
    await away.locator("#leaveReason").fill("同日赴省里参加培训");
    await shot(away, "consultation-10-portal-leave");
    await away.getByRole("button", { name: "提交请假" }).click();
    await away.getByText("请假待批").first().waitFor();
    await away.getByRole("button", { name: "提交请假" }).waitFor({ state: "hidden" });
    await away.locator(".adm-toast-mask").waitFor({ state: "hidden" });
    await shot(away, "consultation-11-portal-leave-requested");

    // The office grants it.
    await office.reload();
    const leaveRow = office.getByRole("row").filter({ hasText: onLeave.name });
    await leaveRow.getByText("同日赴省里参加培训").waitFor();
    await leaveRow.getByRole("button", { name: "准假", exact: true }).click();
    await office.locator(".ant-popconfirm").getByRole("button", { name: "准假" }).click();
    await toast(office, "已准假");
    await leaveRow.getByText("已准假").waitFor();
    await shot(office, "consultation-12-leave-approved");

    // 4b. The demo member accepts, then checks in with the organiser's code.
    const phone = await open("phone");
    await phone.goto(`${base}/portal/`);
    await signIn(phone, invitee.username);
    await phone.locator(".adm-tab-bar-item").filter({ hasText: "活动" }).click();
    const card = phone.locator("[data-invitation-id]").filter({ hasText: topic });
    await card.getByRole("button", { name: "接受邀请" }).click();
    await card.getByText("已报名").waitFor();
    await phone.locator(".adm-toast-mask").waitFor({ state: "hidden" });
    await shot(phone, "consultation-13-portal-accepted");

    await office.getByRole("tab", { name: "签到与出席" }).click();
    await office.getByRole("button", { name: "出示签到码" }).click();
    const tokenText = office.getByTestId("check-in-token");
    await expect.poll(() => tokenText.getAttribute("data-token")).toMatch(/^[A-Za-z0-9_-]{22,128}$/);
    const pinText = office.getByTestId("check-in-pin");
    await expect.poll(() => pinText.innerText()).toMatch(/^\d{6}$/);
    await office.locator(".ant-qrcode canvas").waitFor();
    await shot(office, "consultation-14-check-in-code");
    // Members who cannot scan type the 6-digit code beside the QR.
    const shown = await pinText.innerText();

    await phone.getByRole("button", { name: "签到", exact: true }).click();
    await phone.locator("#checkInCode").fill(shown);
    await phone.getByRole("button", { name: "签到", exact: true }).click();
    await phone.getByText("签到成功").waitFor();
    await shot(phone, "consultation-15-portal-checked-in");
    // Checking in again counts once and says so.
    await phone.goto(`${base}/portal/check-in`);
    await phone.locator("#checkInCode").fill(shown);
    await phone.getByRole("button", { name: "签到", exact: true }).click();
    await phone.getByText("已签到", { exact: true }).waitFor();

    // The member adds a suggestion of their own.
    await phone.getByRole("button", { name: "查看活动" }).click();
    await phone.getByRole("button", { name: "提交建议" }).click();
    await phone.getByText("经济建设", { exact: true }).click();
    await phone.locator("#suggestionContent").fill("建议设立企业服务专员，一企一策解决融资难题。");
    await shot(phone, "consultation-16-portal-suggestion");
    await phone.getByRole("button", { name: "提交建议" }).last().click();
    await phone.getByTestId("my-suggestions").getByText("建议设立企业服务专员").waitFor();
    await phone.locator(".adm-toast-mask").waitFor({ state: "hidden" });
    await phone.locator(".adm-popup-body:visible").waitFor({ state: "hidden" });
    await shot(phone, "consultation-17-portal-activity");

    // 5. The office sees the scan, records the meeting as held, a speech and a suggestion, and routes one.
    await office.getByRole("cell", { name: invitee.name, exact: true }).waitFor();
    await office.getByRole("button", { name: "收起签到码" }).click();
    await shot(office, "consultation-18-attendance");
    await office.getByRole("button", { name: "登记为已召开" }).click();
    await office.locator(".ant-popconfirm").getByRole("button", { name: "登记为已召开" }).click();
    await toast(office, "已登记为已召开");

    await office.getByRole("tab", { name: "发言" }).click();
    await office.getByRole("button", { name: "登记发言" }).click();
    const speech = dialog(office, "登记发言");
    await search(office, speech, "发言委员", invitee.name, `${invitee.name}（${invitee.sectorName}`);
    await field(speech, "发言题目").fill("以数字化改革提升政务服务效能");
    await speech.getByRole("button", { name: "保存" }).click();
    await toast(office, "已登记发言");

    await office.getByRole("tab", { name: "意见建议" }).click();
    await office.getByRole("button", { name: "登记意见建议" }).click();
    const record = dialog(office, "登记意见建议");
    await record.getByText("部门代表", { exact: true }).click();
    await field(record, "姓名").fill("李科长");
    await search(office, record, "所在单位", "商务局", "市商务局");
    await choose(office, record, "分类", "经济建设");
    await field(record, "意见建议内容").fill("建议简化外资项目备案流程，推行“一窗受理”。");
    await record.getByRole("button", { name: "保存" }).click();
    await toast(office, "已登记意见建议");
    const memberSuggestion = office.getByRole("row").filter({ hasText: "建议设立企业服务专员" });
    await memberSuggestion.getByRole("button", { name: "交办" }).click();
    const route = dialog(office, "交办意见建议");
    await search(office, route, "承办单位", "经信局", "市经信局");
    await route.getByRole("button", { name: "交办" }).click();
    await toast(office, "已交办");
    await memberSuggestion.getByText("办理中").waitFor();
    await shot(office, "consultation-19-suggestions");

    // 6. The outcome the format expects (协商报告), then the decision makers' feedback.
    await office.getByRole("button", { name: "报送协商成果" }).click();
    const outcome = dialog(office, "提交协商成果");
    await field(outcome, "成果文件标题").fill("关于优化营商环境的协商报告");
    await field(outcome, "成果正文").fill("一、基本情况……\n二、存在问题……\n三、意见建议：设立企业服务专员；简化外资项目备案。");
    await shot(office, "consultation-20-outcome");
    await outcome.getByRole("button", { name: "报送成果" }).click();
    await toast(office, "协商成果已报送");
    await office.getByText("成果已报送").first().waitFor();

    await office.getByRole("button", { name: "登记采纳反馈" }).click();
    const feedback = dialog(office, "记录采纳反馈");
    // A click during the dialog's opening animation can be lost, and check() throws instead of clicking again.
    const partly = feedback.getByLabel("部分采纳", { exact: true });
    for (let tries = 0; tries < 20 && !(await partly.isChecked()); tries++) {
      await partly.click({ force: true });
      await office.waitForTimeout(150);
    }
    expect(await partly.isChecked()).toBe(true);
    await field(feedback, "党委政府反馈意见").fill("市政府已批示：企业服务专员制度年内推开，外资备案流程由商务局牵头优化。");
    await typeDate(feedback, "回头看日期", `${year + 1}-06-30`);
    await feedback.getByRole("button", { name: "保存反馈" }).click();
    await toast(office, "已记录采纳反馈");
    await office.getByText("协商成果与采纳反馈").waitFor();
    await office.getByText("已反馈").first().waitFor();
    await shot(office, "consultation-21-feedback");

    // 7. The plan shows the item done; the statistics count the event and its suggestions.
    await office.getByRole("menuitem", { name: "年度协商计划" }).click();
    await office.getByRole("row").filter({ hasText: topic }).getByText("已完成").waitFor();
    await shot(office, "consultation-22-plan-progress");
    await office.getByRole("menuitem", { name: "协商统计" }).click();
    // The demo city's year has held 请你来协商 before this one.
    await office.getByText(/请你来协商 \d+ 次，参与 \d+ 人次，建议 \d+ 条/).first().waitFor();
    await office.getByRole("img", { name: /柱状图/ }).locator("canvas").waitFor();
    await shot(office, "consultation-23-stats");
    await office.getByRole("menuitem", { name: "协商活动" }).click();
    await office.getByRole("link", { name: topic }).waitFor();
    await shot(office, "consultation-24-list");
  });

  it("the form asks for what each format needs, and says all that is missing at once", async () => {
    const office = await open("desktop");
    await office.goto(`${base}/admin/consultations/new`);
    await signIn(office, "admin");
    await choose(office, office, "协商形式", "界别协商");
    await field(office, "协商题目").fill("关于民营企业人才引育的界别协商");
    await field(office, "参加界别").waitFor();
    await typeDate(office, "计划日期", `${year}-03-15`);
    await choose(office, office, "季度", "第二季度");
    await office.getByRole("button", { name: "保存草稿" }).click();
    await office.getByText("「界别协商」须至少选择一个参加的界别").waitFor();
    await office.getByText(/不在第二季度/).waitFor();
    await shot(office, "consultation-25-sector-violations");
    await choose(office, office, "协商形式", "提案办理协商");
    await field(office, "协商办理的提案").waitFor();
    await field(office, "牵头专委会").waitFor();
    expect(await office.getByText("参加界别").count()).toBe(0);
    await shot(office, "consultation-26-proposal-handling-fields");
  });

  it("a handling unit cannot open the office's consultation pages", async () => {
    const unit = await open("desktop");
    await unit.goto(`${base}/admin/consultation-plan`);
    await signIn(unit, "handler");
    await unit.getByText("无权访问").waitFor();
    await shot(unit, "consultation-27-handler-forbidden");
    expect(await unit.getByRole("menuitem", { name: "协商活动" }).count()).toBe(0);
  });
});
