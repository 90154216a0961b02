import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshotDir } from "../src/browser";
import { journeyBrowsers } from "../src/journeyBrowsers";
import { signIn } from "../src/login";
import { shotViewport } from "../src/shotViewport";
import { apiSignIn, openLogin } from "../src/trpcHttp";

const base = inject("baseUrl");
const open = journeyBrowsers("pledges");
const stamp = Date.now().toString(36);

const shanghai = (part: "year" | "month") => Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", [part]: "numeric" }).format(new Date()));
const thisYear = shanghai("year");
// A pledge may be written until 31 March of its year (the default rule set); after that, next year's.
const pledgeYear = shanghai("month") <= 3 ? thisYear : thisYear + 1;
// Reports open on 1 December; before that the journey writes last year's (late, but taken).
const reportYear = shanghai("month") === 12 ? thisYear : thisYear - 1;

type MemberRow = { id: string; name: string };

/** A standing member (常委) given a login of their own here, as the office opens one: the first without a login already. */
async function standingMemberLogin(): Promise<{ username: string; name: string; memberId: string }> {
  const admin = await apiSignIn(base, "admin");
  const { items } = await admin.query<{ items: MemberRow[] }>("roster.members.list", { post: "standing", status: "active", limit: 60 });
  for (const m of items) {
    const username = `standing-${stamp}`;
    try {
      await openLogin(base, admin, { username, role: "member", memberId: m.id });
      return { username, name: m.name, memberId: m.id };
    } catch {
      // This one has a login already (another journey's); try the next.
    }
  }
  throw new Error("no standing member without a login in the demo roster");
}

/** antd-mobile's toast, waited for until it has gone, so the next picture shows the page. */
async function mobileToast(page: Page, text: string) {
  const toast = page.locator(".adm-toast-main").getByText(text);
  await toast.waitFor();
  await toast.waitFor({ state: "hidden" });
}

/** An antd button whose two-character label antd spaces out (「退 回」). */
const antdButton = (scope: Page | ReturnType<Page["getByRole"]>, label: string) =>
  scope.getByRole("button", { name: label }).or(scope.getByRole("button", { name: label.split("").join(" ") }));

describe("pledges and standing members' annual reports", () => {
  it("a member writes the year's pledge on the phone and sees each item checked", { timeout: 180_000 }, async () => {
    const phone = await open("phone");
    await phone.goto(`${base}/portal/duty`);
    await signIn(phone, "member");
    await phone.locator(".adm-list-item").filter({ hasText: "我的承诺" }).click();
    await phone.waitForURL((u) => u.pathname === "/portal/duty/pledge");
    await phone.getByText(String(pledgeYear), { exact: true }).click();
    await phone.getByRole("button", { name: /填写承诺|修改承诺/ }).click();

    const editor = phone.getByTestId("pledge-editor");
    await phone.getByRole("button", { name: "＋ 按次数承诺" }).click();
    await phone.getByRole("button", { name: "＋ 按次数承诺" }).click();
    // The second item is 出席协商活动; three of them.
    await editor.getByRole("button", { name: "第 2 项的履职事项" }).getByText("出席协商活动").waitFor();
    const second = editor.locator(".adm-list-item").nth(1);
    await second.locator(".adm-stepper-plus").click();
    await second.locator(".adm-stepper-plus").click();
    await phone.getByRole("button", { name: "＋ 其他承诺" }).click();
    await editor.getByLabel("第 3 项承诺内容").fill("联系走访界别群众不少于4次");
    await shotViewport(phone, "pledges-01-portal-pledge-editing");
    await phone.getByRole("button", { name: "保存承诺" }).click();
    await mobileToast(phone, "承诺已保存");

    const checks = phone.getByTestId("pledge-checks");
    await checks.getByText("提交提案不少于 1 件").waitFor();
    await checks.getByText("出席协商活动不少于 3 次").waitFor();
    const text = checks.locator(".adm-list-item").filter({ hasText: "联系走访界别群众不少于4次" });
    await text.getByText("待办公室认定").waitFor();
    // Next year has no entries yet: both counted items are in progress.
    if (pledgeYear > thisYear) expect(await checks.getByText("进行中", { exact: true }).count()).toBe(2);
    await phone.getByText(/^已完成 \d+ 项 · 进行中 \d+ 项 · 未完成 0 项 · 待认定 1 项$/).waitFor();
    await shotViewport(phone, "pledges-02-portal-pledge-checked");

    const office = await open("desktop");
    await office.goto(`${base}/admin/duty-pledges`);
    await signIn(office, "admin");
    await office.getByLabel("年度").click();
    await office.getByTitle(`${pledgeYear} 年`).click();
    await office.getByRole("row").filter({ hasText: "联系走访界别群众不少于4次" }).first().waitFor();
    await shotViewport(office, "pledges-03-admin-pledges");
  });

  it("a standing member submits 述职; the office returns it, the member resubmits, the office prints it", { timeout: 300_000 }, async () => {
    const standing = await standingMemberLogin();
    // What the office recorded off the platform for the year, so the report opens with figures.
    const admin = await apiSignIn(base, "admin");
    const add = (kind: string, day: string, description: string) =>
      admin.mutate("duty.addEntry", { memberId: standing.memberId, kind, occurredOn: `${reportYear}-${day}`, description, evidence: "活动通知和签到表" });
    await add("research", "05-12", "参加养老服务专题调研");
    await add("research", "09-20", "参加老旧小区改造专题调研");
    await add("inspection", "10-15", "参加重点项目视察");

    const phone = await open("phone");
    await phone.goto(`${base}/portal/duty`);
    await signIn(phone, standing.username);
    await phone.locator(".adm-list-item").filter({ hasText: "年度述职" }).click();
    await phone.waitForURL((u) => u.pathname === "/portal/duty/report");
    const figures = phone.getByTestId("report-figures");
    await figures.locator(".adm-list-item").filter({ hasText: "参加调研" }).getByText("2 次").waitFor();
    await figures.locator(".adm-list-item").filter({ hasText: "参加视察" }).getByText("1 次").waitFor();
    // The first part is prefilled from the record.
    await expect(phone.getByLabel("一、年度履职情况").inputValue()).resolves.toMatch(new RegExp(`^${reportYear} 年，本人.*参加视察 1 次，参加调研 2 次。$`));
    await phone.getByLabel("二、主要成效和体会").fill("围绕老旧小区加装电梯开展调研，形成提案一件并被列为重点提案。");
    await phone.getByLabel("三、存在不足和今后打算").fill("联系界别群众还不够经常，明年每季度至少走访一次。");
    await shotViewport(phone, "pledges-04-portal-report-writing");
    await phone.getByRole("button", { name: "提交述职" }).click();
    await phone.locator(".adm-dialog").getByRole("button", { name: "确定" }).click();
    await mobileToast(phone, "述职已提交");
    await phone.getByTestId("report-status").getByText("已提交").waitFor();
    expect(await phone.getByRole("button", { name: "提交述职" }).count()).toBe(0);
    await shotViewport(phone, "pledges-05-portal-report-submitted");

    const office = await open("desktop");
    await office.goto(`${base}/admin/annual-reports`);
    await signIn(office, "admin");
    const row = office.getByRole("row").filter({ hasText: standing.name });
    await row.getByText("已提交").waitFor();
    await shotViewport(office, "pledges-06-admin-reports");
    await antdButton(row, "退回修改").click();
    const dialog = office.getByRole("dialog");
    await antdButton(dialog, "退回").click();
    await dialog.getByText("请填写退回理由").first().waitFor();
    await dialog.getByLabel("退回理由").fill("请补充参加常委会议和视察的情况");
    await shotViewport(office, "pledges-07-admin-return-dialog");
    await antdButton(dialog, "退回").click();
    await dialog.waitFor({ state: "hidden" });
    await row.getByText("已退回修改").waitFor();
    await row.getByText("请补充参加常委会议和视察的情况").waitFor();

    await phone.reload();
    await phone.getByTestId("report-returned").getByText("办公室退回修改：请补充参加常委会议和视察的情况").waitFor();
    await shotViewport(phone, "pledges-08-portal-report-returned");
    await phone.getByLabel("一、年度履职情况").fill(`${reportYear} 年，本人出席常委会议 4 次，参加视察 2 次，提交提案 1 件。`);
    await phone.getByRole("button", { name: "提交述职" }).click();
    await phone.locator(".adm-dialog").getByRole("button", { name: "确定" }).click();
    await mobileToast(phone, "述职已提交");
    await phone.getByTestId("report-status").getByText("已提交").waitFor();

    await office.reload();
    await row.getByText("已提交").waitFor();
    const [printed] = await Promise.all([office.context().waitForEvent("page"), row.getByRole("link", { name: /打\s*印/ }).click()]);
    const sheet = printed.getByRole("article", { name: `${standing.name}的年度述职报告` });
    await sheet.getByText(`常委年度述职报告（${reportYear} 年度）`).waitFor();
    await sheet.getByText("出席常委会议 4 次，参加视察 2 次").waitFor();
    await sheet.getByText("本人签名：").waitFor();
    await sheet.getByText(/参加视察 1 次；参加调研 2 次/).waitFor();
    expect(await printed.getByRole("article").count()).toBe(1);
    await shotViewport(printed, "pledges-09-admin-report-printed");
    const pdf = await printed.pdf({ format: "A4", preferCSSPageSize: true });
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(join(screenshotDir, "pledges-10-report-printed.pdf"), pdf);
    expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  });
});
