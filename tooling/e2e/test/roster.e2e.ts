import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { openBrowser, shot, type Browser } from "../src/browser";
import { signIn } from "../src/login";
import { shotViewport } from "../src/shotViewport";
import { badMembers, newMembers, rosterHeaders, rosterWorkbook } from "../src/rosterFile";
import { apiSignIn } from "../src/trpcHttp";

const base = inject("baseUrl");
const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

type ListedMember = { id: string; name: string; phone: string; version: number; committeeNames: string[] };
type MemberPage = { items: ListedMember[] };

async function signInTo(page: Page, app: "admin" | "liaison" | "portal", username: string, landmark: string) {
  await page.goto(`${base}/${app}/`);
  await signIn(page, username);
  await page.getByText(landmark).first().waitFor();
}

/**
 * Picks an option of the antd Select whose input has this id (its list is `${id}_list`, in its own dropdown).
 * Typing first (where the Select searches) leaves only that option: a long list is virtual, and an option below its fold is re-rendered
 * while being scrolled to, which a busy machine saw as an option that never became stable enough to click.
 */
async function choose(page: Page, id: string, option: string) {
  const input = page.locator(`#${id}`);
  await input.click();
  if (await input.isEditable()) await input.fill(option);
  const dropdown = page.locator(".ant-select-dropdown", { has: page.locator(`#${id}_list`) });
  await dropdown.locator(`.ant-select-item-option[title="${option}"]`).click();
}

/** Closes a multiple select's dropdown by leaving the field: Escape closes the dialog too once the dropdown has gone. */
async function leave(page: Page, id: string) {
  await page.locator(`#${id}`).blur();
  await page.locator(".ant-select-dropdown", { has: page.locator(`#${id}_list`) }).waitFor({ state: "hidden" });
}

async function findMember(name: string, query: string): Promise<ListedMember> {
  const admin = await apiSignIn(base, "admin");
  const page = await admin.query<MemberPage>("roster.members.list", { query, limit: 20 });
  const found = page.items.find((m) => m.name === name);
  if (!found) throw new Error(`${name} not found by ${query}`);
  return found;
}

describe("roster: the office imports, finds, edits and withdraws members", () => {
  it("admin imports a roster file: every bad row first, then the good file, then finds a new member by pinyin initials", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await signInTo(page, "admin", "admin", "王芳（市政协办公室）");
    await page.getByRole("menuitem", { name: "名册导入" }).click();
    await page.getByText("点击或拖入名册 Excel 文件").waitFor();
    await shot(page, "roster-01-import");

    // A file with mistakes: every one listed with line and column, and nothing can be written.
    await page.locator("input[type=file]").setInputFiles({ name: "名册-有误.xlsx", mimeType: xlsx, buffer: await rosterWorkbook(badMembers) });
    await page.getByText(/发现 \d+ 处错误（3 行），本次不会写入任何数据/).waitFor();
    await page.getByText("界别“民盟界”不存在").waitFor();
    await page.getByText("出生年月“1980年13月”不是有效的日期").waitFor();
    await page.getByText(/本届已有主席/).waitFor();
    expect(await page.getByRole("cell", { name: "第 2 行" }).count()).toBe(2);
    expect(await page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);
    await shot(page, "roster-02-import-errors");

    // The corrected file: counts, the new members, then one transaction.
    await page.locator("input[type=file]").setInputFiles({ name: "名册-新增.xlsx", mimeType: xlsx, buffer: await rosterWorkbook(newMembers) });
    await page.getByText("校验通过：将新增 2 位委员").waitFor();
    await page.getByRole("cell", { name: "欧阳晓红" }).waitFor();
    await shot(page, "roster-03-import-preview");
    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入 2 位委员").waitFor();
    await shot(page, "roster-04-import-done");

    await page.getByRole("button", { name: "查看委员名册" }).click();
    await page.getByLabel("搜索委员").fill("smqy");
    await page.getByText("共 1 位委员，已显示 1 位委员，已全部加载").waitFor();
    await page.getByRole("cell", { name: "司马青云" }).waitFor();
    await shot(page, "roster-05-search-initials");
    // Staff search by phone digits too (the office sees whole numbers).
    await page.getByLabel("搜索委员").fill("3712340001");
    await page.getByText("共 1 位委员，已显示 1 位委员，已全部加载").waitFor();
    await page.getByRole("cell", { name: "司马青云" }).waitFor();
    await shot(page, "roster-05b-search-phone");
    await page.getByLabel("搜索委员").fill("smqy");
    await page.getByText("共 1 位委员，已显示 1 位委员，已全部加载").waitFor();
    await page.getByRole("cell", { name: "司马青云" }).click();
    const drawer = page.getByRole("dialog");
    await drawer.getByText("任职记录").waitFor();
    await drawer.getByText("13712340001").waitFor();
    await drawer.getByText("第三界别活动组（民盟）").waitFor();
    await drawer.getByText("尚未开通委员履职端账号").waitFor();
    await shotViewport(page, "roster-06-member-detail");
  });

  it("admin exports a filtered list and importing that file changes nothing", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await signInTo(page, "admin", "admin", "王芳（市政协办公室）");
    await page.goto(`${base}/admin/roster/members`);
    await choose(page, "filter-sectorId", "九三学社");
    await page.getByText(/已显示 \d+ 位委员，已全部加载/).waitFor();
    const shown = Number(/已显示 (\d+) 位委员/.exec((await page.getByText(/已显示 \d+ 位委员/).textContent()) ?? "")?.[1]);
    expect(await page.getByText(/已显示 \d+ 位委员/).textContent()).toContain(`共 ${shown} 位委员`);
    await shotViewport(page, "roster-07-filtered");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 Excel" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^委员名册-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(rosterHeaders);
    expect(sheet.rowCount - 1).toBe(shown);

    await page.getByRole("menuitem", { name: "名册导入" }).click();
    await page.locator("input[type=file]").setInputFiles({ name: download.suggestedFilename(), mimeType: xlsx, buffer: readFileSync(file) });
    await page.getByText("文件中的委员都已在名册中，且信息一致，无需导入").waitFor();
    expect(await page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);
    await shot(page, "roster-08-export-reimport");
  });

  it("admin edits a member: a committee move asks for its date, and someone else's save first is a conflict to reload", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    const member = await findMember("曹国宇", "cgy");
    await signInTo(page, "admin", "admin", "王芳（市政协办公室）");
    await page.goto(`${base}/admin/roster/members?member=${member.id}`);
    await page.getByRole("button", { name: "编辑" }).click();
    const form = page.getByRole("dialog").filter({ hasText: "编辑委员：曹国宇" });
    await form.locator("#employerAndTitle").waitFor();

    // Another office worker saves the same member while this form is open.
    const admin = await apiSignIn(base, "admin");
    await admin.mutate("roster.members.update", { id: member.id, version: member.version, employerAndTitle: "平湖市第二人民医院党委书记" });

    await form.locator(".ant-select-selection-item").filter({ hasText: member.committeeNames[0]! }).locator(".ant-select-selection-item-remove").click();
    await choose(page, "committeeIds", "提案委员会");
    await leave(page, "committeeIds");
    await form.getByText("变动日期").waitFor();
    await shotViewport(page, "roster-09-edit-committee-move");
    await form.getByRole("button", { name: "保存" }).click();
    await form.getByText("该委员的信息已被他人修改").waitFor();
    await shotViewport(page, "roster-10-edit-conflict");

    await form.getByRole("button", { name: "重新加载" }).click();
    await expect.poll(() => form.locator("#employerAndTitle").inputValue()).toBe("平湖市第二人民医院党委书记");
    await form.locator(".ant-select-selection-item").filter({ hasText: member.committeeNames[0]! }).locator(".ant-select-selection-item-remove").click();
    await choose(page, "committeeIds", "提案委员会");
    await leave(page, "committeeIds");
    await form.getByRole("button", { name: "保存" }).click();
    await page.getByText("已保存曹国宇的信息").waitFor();
    const detail = page.getByRole("dialog").filter({ hasText: "任职记录" });
    await detail.getByText(`专委会：${member.committeeNames[0]} → 提案委员会`).waitFor();
    await shotViewport(page, "roster-11-history-after-move");
  });

  it("admin creates a member (the server's field messages land on the fields) and withdraws one after a confirmation", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    const admin = await apiSignIn(base, "admin");
    const taken = await findMember("曹国宇", "cgy");
    await signInTo(page, "admin", "admin", "王芳（市政协办公室）");
    await page.getByRole("menuitem", { name: "委员名册" }).click();
    await page.getByRole("button", { name: "新增委员" }).click();
    const form = page.getByRole("dialog").filter({ hasText: "新增委员" });
    await form.locator("#name").fill("金致远");
    await page.locator("#birthDate").click();
    await page.locator("#birthDate").fill("1978年5月");
    await page.keyboard.press("Enter");
    await choose(page, "partyAffiliation", "民进");
    await choose(page, "sectorId", "民进");
    await choose(page, "townshipGroupId", "乍浦镇委员小组");
    await choose(page, "committeeIds", "文化文史和学习委员会");
    await leave(page, "committeeIds");
    await form.locator("#employerAndTitle").fill("平湖市文化馆馆长");
    // A phone another member of the term has: only the server can know.
    await form.locator("#phone").fill(taken.phone);
    await form.getByRole("button", { name: "保存" }).click();
    await form.getByText(`手机号 ${taken.phone} 已被本届委员曹国宇使用`).waitFor();
    await form.getByText("请按标红的提示修改后再提交").waitFor();
    await shotViewport(page, "roster-12-create-server-message");
    await form.locator("#phone").fill("13712348888");
    await form.getByRole("button", { name: "保存" }).click();
    await page.getByText("已添加委员金致远").waitFor();

    const detail = page.getByRole("dialog").filter({ hasText: "任职记录" });
    await detail.getByRole("button", { name: "办理退出" }).click();
    const dialog = page.getByRole("dialog").filter({ hasText: "办理退出：金致远" });
    await dialog.locator("#reason").fill("工作调动，本人申请辞去委员职务");
    await dialog.getByRole("button", { name: "办理退出" }).click();
    await page.locator(".ant-modal-confirm-title", { hasText: /确认金致远于.*退出？/ }).waitFor();
    await shotViewport(page, "roster-13-withdraw-confirm");
    await page.getByRole("button", { name: "确认退出" }).click();
    await page.getByText("金致远已办理退出").waitFor();
    await detail.getByText(/· 退出$/).waitFor();
    await detail.getByText("界别、专委会和委员小组记录于当日结束").waitFor();
    await detail.getByText("原因：工作调动，本人申请辞去委员职务").first().waitFor();
    await shotViewport(page, "roster-14-withdrawn-history");
    const after = await admin.query<MemberPage>("roster.members.list", { query: "jzy", status: "withdrawn", limit: 5 });
    expect(after.items.map((m) => m.name)).toContain("金致远");
  });

  it("admin: the roster check, and a login created for a member found by initials", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await signInTo(page, "admin", "admin", "王芳（市政协办公室）");
    await page.getByRole("menuitem", { name: "名册检查" }).click();
    await page.getByText(/共检查 \d+ 位委员/).waitFor();
    await page.getByText(/未发现问题|发现 \d+ 个问题/).first().waitFor();
    await shot(page, "roster-15-check");

    await page.getByRole("menuitem", { name: "账号管理" }).click();
    await page.getByRole("cell", { name: "liaison" }).waitFor();
    await shot(page, "roster-16-accounts");
    await page.getByRole("button", { name: "开通账号" }).click();
    const dialog = page.getByRole("dialog").filter({ hasText: "开通账号" });
    await dialog.locator("#memberId").click();
    await dialog.locator("#memberId").fill("oyxh");
    await page.locator(".ant-select-dropdown", { has: page.locator("#memberId_list") }).locator(".ant-select-item-option").filter({ hasText: "欧阳晓红" }).click();
    await expect.poll(() => dialog.locator("#username").inputValue()).toBe("13712340002");
    await dialog.getByRole("button", { name: "开通" }).click();
    await page.locator(".ant-modal-confirm-title", { hasText: "账号已开通" }).waitFor();
    await shotViewport(page, "roster-17-account-created");
    await page.locator(".ant-modal-confirm-btns button").click();

    // The new login is found by the member's name, and the filters say when nothing matches.
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await page.getByLabel("搜索账号").fill("欧阳");
    await rows.filter({ hasText: "13712340002" }).waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole("combobox", { name: "角色" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: "联络员" }).first().click();
    await page.getByText("没有符合条件的账号").waitFor();
    await shot(page, "roster-17b-accounts-filtered");
    await page.getByLabel("搜索账号").fill("");
    await rows.filter({ hasText: "李明（当湖街道联络员）" }).waitFor();
    await expect.poll(() => rows.count()).toBe(1);
  });

  it("a handling unit's account cannot open the office's roster pages, even by address", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await signInTo(page, "admin", "handler", "承办单位工作台");
    expect(await page.getByRole("menuitem", { name: "委员名册" }).count()).toBe(0);
    await page.goto(`${base}/admin/roster/members`);
    await page.getByText("此页面仅供市政协办公室使用").waitFor();
    await shot(page, "roster-18-handler-forbidden");
  });
});

// These journeys meet the members the first one imported (司马青云, 欧阳晓红): one server serves the whole file.
describe("roster: the township's own roster and the member's own profile", () => {
  it("liaison: the township's groups, paired sector groups and members with masked phones, on a tablet", async () => {
    browser = await openBrowser("tablet");
    const { page } = browser;
    await signInTo(page, "liaison", "liaison", "李明（当湖街道联络员）");
    await page.getByRole("menuitem", { name: "本镇街道名册" }).click();
    await page.getByText("结对联系的界别活动组", { exact: true }).waitFor();
    await page.getByText("当湖街道委员小组").first().waitFor();
    await page.getByText(/已显示 \d+ 位委员/).waitFor();
    await shot(page, "roster-19-liaison-township");
    await page.getByLabel("搜索委员").fill("smqy");
    await page.getByText("已显示 1 位委员，已全部加载").waitFor();
    await page.getByRole("cell", { name: "司马青云" }).click();
    const drawer = page.getByRole("dialog");
    await drawer.getByText("137****0001").waitFor();
    expect(await drawer.getByText("13712340001").count()).toBe(0);
    await shotViewport(page, "roster-20-liaison-member");
  });

  it("portal: a member sees their own profile and changes their phone, with the rule and the server's message", async () => {
    browser = await openBrowser("phone");
    const { page } = browser;
    await signInTo(page, "portal", "member", "委员，您好");
    await page.getByText("我的").last().click();
    await page.getByText("委员信息").waitFor();
    await page.getByText("专委会").first().waitFor();
    const before = (await page.getByTestId("own-phone").textContent()) ?? "";
    expect(before).toMatch(/^1\d{10}$/);
    await shot(page, "roster-21-portal-profile");

    await page.getByRole("button", { name: "修改手机号" }).click();
    await page.locator("#phone").fill("12345");
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("手机号码应为 11 位中国大陆手机号").waitFor();
    await shotViewport(page, "roster-22-portal-phone-invalid");

    const other = await findMember("曹国宇", "cgy");
    await page.locator("#phone").fill(other.phone);
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText(`手机号 ${other.phone} 已被本届委员使用`).waitFor();
    // Fellow members' phones are masked: the message must not say whose number it is.
    expect(await page.getByText(/曹国宇/).count()).toBe(0);
    await shotViewport(page, "roster-23-portal-phone-taken");

    await page.locator("#phone").fill("137 1234 6666");
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("手机号已修改").waitFor();
    await expect.poll(() => page.getByTestId("own-phone").textContent()).toBe("13712346666");
    await shotViewport(page, "roster-24-portal-phone-changed");
  });

  it("portal: the directory of fellow members, searched by initials, phones masked, more on scrolling", async () => {
    browser = await openBrowser("phone");
    const { page } = browser;
    await signInTo(page, "portal", "member", "委员，您好");
    await page.getByText("通讯录").last().click();
    await page.getByText("委员通讯录").waitFor();
    const rows = page.locator(".adm-list-item");
    await rows.first().waitFor();
    const first = await rows.count();
    await shot(page, "roster-25-portal-directory");
    await rows.last().scrollIntoViewIfNeeded();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(first);

    await page.getByPlaceholder("搜索姓名、拼音首字母").fill("oyxh");
    await page.getByText("欧阳晓红").waitFor();
    await page.getByText("137****0002").waitFor();
    await page.getByText("欧阳晓红").click();
    await page.getByText("工作单位及职务").last().waitFor();
    await shotViewport(page, "roster-26-portal-fellow-member");
  });
});
