import { afterEach, describe, expect, inject, it } from "vitest";
import { openBrowser, shot, type Browser } from "../src/browser";
import { signIn } from "../src/login";

const base = inject("baseUrl");
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe("each app signs in its own role and shows real data", () => {
  it("admin: the office sees its council and today's work", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await page.goto(`${base}/admin/`);
    await page.locator("#username").waitFor();
    await shot(page, "admin-01-login");
    await signIn(page, "admin");
    await page.getByText("政协平湖市委员会").first().waitFor();
    await page.getByText("王芳（市政协办公室）").first().waitFor();
    await page.getByText("今日待办").first().waitFor();
    await shot(page, "admin-02-home");
  });

  it("admin: a wrong password shows the server's message and stays on the login page", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await page.goto(`${base}/admin/`);
    await signIn(page, "admin", "not-the-password");
    await expect(page.getByRole("alert").getByText("用户名或密码错误").waitFor()).resolves.toBeUndefined();
    expect(await page.locator("#username").isVisible()).toBe(true);
    await shot(page, "admin-03-wrong-password");
  });

  it("admin: a member signed in there gets 无权访问 with the way to their own app", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await page.goto(`${base}/admin/`);
    await signIn(page, "member");
    await page.getByText("无权访问").waitFor();
    expect(await page.getByText(/委员履职端/).first().isVisible()).toBe(true);
    await shot(page, "admin-04-member-forbidden");
    await page.getByRole("button", { name: /退出登录/ }).click();
    await page.locator("#username").waitFor();
  });

  it("admin: a handling unit gets its restricted workbench", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await page.goto(`${base}/admin/`);
    await signIn(page, "handler");
    await page.getByText("承办单位工作台").first().waitFor();
    await shot(page, "admin-05-handler-home");
  });

  it("liaison: the officer sees their own township on a tablet", async () => {
    browser = await openBrowser("tablet");
    const { page } = browser;
    await page.goto(`${base}/liaison/`);
    await signIn(page, "liaison");
    await page.getByText("李明（当湖街道联络员）").first().waitFor();
    await page.getByText("当湖街道").first().waitFor();
    await shot(page, "liaison-01-home");
  });

  it("portal: a member signs in on a phone and sees their council and account", async () => {
    browser = await openBrowser("phone");
    const { page } = browser;
    await page.goto(`${base}/portal/`);
    await page.locator("#username").waitFor();
    await shot(page, "portal-01-login");
    await signIn(page, "member");
    await page.getByTestId("home-todo").waitFor();
    await shot(page, "portal-02-home");
    await page.getByText("我的").last().click();
    await page.getByText("政协平湖市委员会").first().waitFor();
    await page.getByText("退出登录").waitFor();
    await shot(page, "portal-03-me");
  });

  it("an expired session returns to the login page", async () => {
    browser = await openBrowser("desktop");
    const { page, context } = browser;
    await page.goto(`${base}/admin/`);
    await signIn(page, "admin");
    await page.getByText("王芳（市政协办公室）").first().waitFor();
    // End the session on the server, as expiry would, then use the app again.
    const cookie = (await context.cookies()).find((c) => c.name === "cppcc_session")!;
    await fetch(`${base}/trpc/auth.logout`, { method: "POST", headers: { cookie: `${cookie.name}=${cookie.value}`, "content-type": "application/json" }, body: "{}" });
    await page.reload();
    await page.locator("#username").waitFor();
    await shot(page, "admin-06-session-ended");
  });
});
