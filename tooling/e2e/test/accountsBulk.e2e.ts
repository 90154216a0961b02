import { afterEach, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openBrowser, shot, type Browser } from "../src/browser";
import { signIn } from "../src/login";
import { shotViewport } from "../src/shotViewport";
import { apiSignIn } from "../src/trpcHttp";

const base = inject("baseUrl");
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function choose(page: Page, id: string, option: string) {
  await page.locator(`#${id}`).click();
  const dropdown = page.locator(".ant-select-dropdown", { has: page.locator(`#${id}_list`) });
  await dropdown.locator(`.ant-select-item-option[title="${option}"]`).click();
}

/** A PDF's page count, from its page objects (Chromium writes one `/Type /Page` per page). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Chooses each account by searching its name: the selection stays while the search changes. */
async function selectByName(page: Page, names: string[]) {
  for (const name of names) {
    await page.getByPlaceholder("用户名或显示名称").fill(name);
    const row = page.locator(".ant-table-row", { hasText: name });
    await page.locator(".ant-table-row").filter({ hasNotText: name }).first().waitFor({ state: "detached" });
    await row.locator(".ant-checkbox-input").check();
  }
  await page.getByText(`已选择 ${names.length} 个账号`).waitFor();
}

describe("accounts in bulk: open, print the slips, the member takes the login over; disable and re-enable", () => {
  it("the office opens logins for members chosen in the roster, prints one A4 slip each, and a member signs in with one", async () => {
    browser = await openBrowser("desktop");
    let page = browser.page;
    await page.goto(`${base}/admin/accounts`);
    await signIn(page, "admin");

    // The accounts page's dialog: filters narrow the current term, and it says how many it would open before opening any.
    await page.getByRole("button", { name: "批量开通委员账号" }).click();
    await page.getByText(/将为 \d+ 位委员开通账号/).waitFor();
    const all = Number((await page.getByText(/将为 \d+ 位委员开通账号/).textContent())!.match(/\d+/)![0]);
    // This server has no SMS configured: only the printed slips are offered, never a send that cannot happen.
    await page.getByRole("radio", { name: "打印登录凭据单" }).waitFor();
    expect(await page.getByRole("radio", { name: "短信发送" }).count()).toBe(0);
    await page.locator("#bulk-townshipGroupId").click();
    await page.locator(".ant-select-dropdown", { has: page.locator("#bulk-townshipGroupId_list") }).locator(".ant-select-item-option").first().click();
    await page.waitForFunction((n) => {
      const m = document.body.innerText.match(/将为 (\d+) 位委员开通账号/);
      return m !== null && Number(m[1]) < n;
    }, all);
    await shotViewport(page, "accounts-bulk-01-dialog-filtered");
    await page.getByRole("button", { name: "取消" }).click();

    // The roster: who has no login yet, three of them chosen.
    await page.goto(`${base}/admin/roster/members`);
    await choose(page, "filter-login", "未开通登录");
    await choose(page, "filter-status", "在册");
    await page.waitForURL(/login=none/);
    await page.locator(".ant-table-row").first().waitFor();
    const rows = page.locator(".ant-table-tbody .ant-table-row");
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      await rows.nth(i).locator(".ant-checkbox-input").check();
      names.push((await rows.nth(i).locator("td").nth(1).innerText()).trim());
    }
    await page.getByRole("button", { name: "为所选 3 位委员开通登录" }).click();
    await page.getByText("将为 3 位委员开通账号").waitFor();
    await shotViewport(page, "accounts-bulk-02-roster-selection");
    await page.getByRole("button", { name: "开通 3 个账号" }).click();

    // The slips: shown once, with the warning, one A4 sheet per member.
    await page.getByText("请立即打印：初始密码只在本页显示这一次").waitFor();
    const slips = page.locator(".credential-slip");
    expect(await slips.count()).toBe(3);
    for (const name of names) await page.locator(".credential-slip .greeting", { hasText: `${name} 委员` }).waitFor();
    await shot(page, "accounts-bulk-03-slips");
    const first = slips.first();
    const username = (await first.locator(".secret").nth(0).innerText()).trim();
    const password = (await first.locator(".secret").nth(1).innerText()).trim();
    expect(username).toMatch(/^1\d{10}$/);
    expect(password).toMatch(/^[A-Za-z2-9]{10,}$/);
    expect(await first.getByText(`${base}/portal/`).count()).toBe(1);
    expect(await first.locator("svg").count()).toBeGreaterThan(0);

    await page.emulateMedia({ media: "print" });
    await shotViewport(page, "accounts-bulk-04-print-view");
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toBe(3);
    await page.emulateMedia({ media: "screen" });
    await browser.close();

    // A member, on a phone, with the slip: held until the password is theirs, then the portal's home.
    browser = await openBrowser("phone");
    page = browser.page;
    await page.goto(`${base}/portal/`);
    await signIn(page, username, password);
    await page.getByText("请先修改初始密码").first().waitFor();
    await shot(page, "accounts-bulk-05-member-held");
    await page.locator("#currentPassword").fill(password);
    await page.locator("#newPassword").fill("Lianhua-2026");
    await page.locator("#confirmPassword").fill("Lianhua-2026");
    await page.getByRole("button", { name: "修改密码" }).click();
    await page.getByText("委员，您好").first().waitFor();
    expect(await page.getByText("请先修改初始密码").count()).toBe(0);
    await shot(page, "accounts-bulk-06-member-home");
    const phone = browser;
    browser = undefined;

    // The office disables the three in one step; the member's phone is signed out at once.
    const office = await openBrowser("desktop");
    try {
      const desk = office.page;
      await desk.goto(`${base}/admin/accounts`);
      await signIn(desk, "admin");
      await selectByName(desk, names);
      await desk.getByRole("button", { name: "批量停用" }).click();
      await desk.locator(".ant-modal-confirm-title", { hasText: "停用所选的 3 个账号？" }).waitFor();
      for (const name of names) await desk.locator(".ant-modal-confirm-content", { hasText: name }).waitFor();
      await shotViewport(desk, "accounts-bulk-07-disable-confirm");
      await desk.getByRole("button", { name: "停用 3 个账号" }).click();
      await desk.getByText("已停用 3 个账号").waitFor();
      await shotViewport(desk, "accounts-bulk-08-disabled");

      await phone.page.reload();
      await phone.page.locator("#username").waitFor();
      await expect(apiSignIn(base, username, "Lianhua-2026")).rejects.toThrow();

      await selectByName(desk, names);
      await desk.getByRole("button", { name: "批量启用" }).click();
      await desk.locator(".ant-modal-confirm-title", { hasText: "启用所选的 3 个账号？" }).waitFor();
      await desk.getByRole("button", { name: "启用 3 个账号" }).click();
      await desk.getByText("已启用 3 个账号").waitFor();
      await expect(apiSignIn(base, username, "Lianhua-2026")).resolves.toBeTruthy();
    } finally {
      await office.close();
      await phone.close();
    }
  }, 180_000);
});
