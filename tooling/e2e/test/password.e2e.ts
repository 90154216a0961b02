import { afterEach, describe, expect, inject, it } from "vitest";
import { openBrowser, shot, type Browser } from "../src/browser";
import { signIn } from "../src/login";
import { apiSignIn } from "../src/trpcHttp";

const base = inject("baseUrl");
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

type MemberPage = { items: { id: string; name: string }[] };

/** A member login of its own, so the journey never changes the demo accounts other journeys use. */
async function openMemberLogin(username: string): Promise<string> {
  const admin = await apiSignIn(base, "admin");
  const { items } = await admin.query<MemberPage>("roster.members.list", { limit: 50 });
  for (const m of items.slice(5)) {
    try {
      await admin.mutate("account.create", { username, role: "member", memberId: m.id, password: "Opened-2026" });
      return m.name;
    } catch (e) {
      if (!String(e).includes("已有账号")) throw e;
    }
  }
  throw new Error("no member without a login");
}

describe("password: the office resets a member's password, the member must choose a new one", () => {
  it("admin resets it, the member signs in on a phone, is held until the change, then uses the portal", async () => {
    const username = "pw-journey";
    const name = await openMemberLogin(username);

    browser = await openBrowser("desktop");
    let page = browser.page;
    await page.goto(`${base}/admin/accounts`);
    await signIn(page, "admin");
    await page.getByPlaceholder("用户名或显示名称").fill(username);
    // Only once the search has narrowed the table to the one row: the first row before it is the admin's own.
    await page.locator(".ant-table-row").filter({ hasNotText: username }).first().waitFor({ state: "detached" });
    await page.getByRole("row", { name: new RegExp(username) }).getByRole("button", { name: "重置密码" }).click();
    await page.getByText(`重置密码：${name}`).waitFor();
    await page.locator("#password").fill("Office-2026");
    await shot(page, "password-01-office-resets");
    await page.getByRole("button", { name: /重\s*置/ }).last().click();
    await page.locator(".ant-modal-confirm-title", { hasText: "密码已重置" }).waitFor();
    await shot(page, "password-02-office-hands-over");
    await browser.close();

    browser = await openBrowser("phone");
    page = browser.page;
    await page.goto(`${base}/portal/`);
    await signIn(page, username, "Office-2026");
    await page.getByText("请先修改初始密码").first().waitFor();
    await shot(page, "password-03-member-held");

    // A weak password: every broken rule under 新密码, in Chinese.
    await page.locator("#currentPassword").fill("Office-2026");
    await page.locator("#newPassword").fill("abc");
    await page.locator("#confirmPassword").fill("abc");
    await page.getByRole("button", { name: "修改密码" }).click();
    await page.getByText("新密码至少 8 位").waitFor();
    await page.getByText("新密码须包含字母、数字、符号中的至少 2 类").waitFor();
    await shot(page, "password-04-weak-refused");

    await page.locator("#newPassword").fill("Pinghu-mine-1");
    await page.locator("#confirmPassword").fill("Pinghu-mine-1");
    await page.getByRole("button", { name: "修改密码" }).click();
    await page.getByText("委员，您好").first().waitFor();
    expect(await page.getByText("请先修改初始密码").count()).toBe(0);
    await shot(page, "password-05-member-home");
    await page.getByText("我的").last().click();
    await page.getByText(name).first().waitFor();
    await page.getByRole("button", { name: "修改手机号" }).waitFor();
    await page.getByText("修改密码").scrollIntoViewIfNeeded();
    await shot(page, "password-06-member-me");

    // The office's password no longer opens the account; the member's own does.
    await expect(apiSignIn(base, username, "Office-2026")).rejects.toThrow(/用户名或密码错误/);
    await expect(apiSignIn(base, username, "Pinghu-mine-1")).resolves.toBeTruthy();
  });
});
