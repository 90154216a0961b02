import { startSmsStandIn, type SmsStandIn } from "@cppcc/api/sms-stand-in";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, shot, type Browser } from "../src/browser";
import { signIn } from "../src/login";
import { startServer, type RunningServer } from "../src/server";
import { shotViewport } from "../src/shotViewport";
import { apiSignIn } from "../src/trpcHttp";

/**
 * These journeys run their own server, configured for SMS (credential texts included) with the provider
 * pointed at a stand-in on the loopback (the other journeys' server has no SMS, and offers none). Codes
 * and initial passwords are read from what the stand-in received, as a member reads them on their phone.
 */
let standIn: SmsStandIn;
let server: RunningServer;
let browser: Browser | undefined;

beforeAll(async () => {
  standIn = await startSmsStandIn({ signName: "数字政协" });
  const { config } = standIn;
  server = await startServer({
    env: {
      SMS_ACCESS_KEY_ID: config.accessKeyId,
      SMS_ACCESS_KEY_SECRET: config.accessKeySecret,
      SMS_SIGN_NAME: config.signName,
      SMS_TEMPLATE_LOGIN_CODE: config.templates.loginCode,
      SMS_TEMPLATE_NOTICE: config.templates.notice,
      SMS_TEMPLATE_DIGEST: config.templates.digest,
      SMS_TEMPLATE_CREDENTIAL: config.templates.credential!,
      // Texts are sent by the job worker: poll often so the journey does not wait.
      JOB_POLL_MS: "1000",
      SMS_ENDPOINT: config.endpoint,
      SMS_PROTOCOL: "http",
    },
  });
}, 90_000);
afterAll(async () => {
  await server?.stop();
  await standIn?.close();
});
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

type MemberPage = { items: { id: string; name: string; phone: string }[] };

/** A member login the office just opened (so its password must be changed at a password login). */
async function openMemberLogin(username: string): Promise<{ name: string; phone: string }> {
  const admin = await apiSignIn(server.base, "admin");
  const { items } = await admin.query<MemberPage>("roster.members.list", { limit: 50 });
  for (const m of items.slice(8)) {
    try {
      await admin.mutate("account.create", { username, role: "member", memberId: m.id, password: "Opened-2026" });
      return m;
    } catch (e) {
      if (!String(e).includes("已有账号")) throw e;
    }
  }
  throw new Error("no member without a login");
}

describe("sms login: a member signs in on a phone with a texted code", () => {
  it("asks for a code, reads it from the text, signs in and lands in the portal", async () => {
    const member = await openMemberLogin("sms-journey");

    browser = await openBrowser("phone");
    const { page } = browser;
    await page.goto(`${server.base}/portal/`);
    await page.getByRole("tab", { name: "短信验证码登录" }).click();
    await page.locator("#phone").fill(member.phone);
    await shotViewport(page, "sms-01-phone");

    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.getByRole("status").filter({ hasText: "验证码已发送" }).waitFor();
    await page.getByRole("button", { name: /秒后重发/ }).waitFor();
    expect(standIn.received).toHaveLength(1);
    const text = standIn.received[0]!;
    expect(text).toMatchObject({ phone: member.phone, signName: "数字政协", templateCode: "SMS_LOGIN_CODE" });
    await shotViewport(page, "sms-02-code-sent");

    // A wrong code first: the one message, whatever was wrong.
    const wrong = text.params.code === "000000" ? "111111" : "000000";
    await page.locator("#code").fill(wrong);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "手机号或验证码错误，或验证码已过期" }).waitFor();
    await shotViewport(page, "sms-03-wrong-code");

    await page.locator("#code").fill(text.params.code!);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    // The code proved the phone: no forced change of the password the office handed over.
    await page.getByText(member.name).first().waitFor();
    expect(await page.getByText("请先修改初始密码").count()).toBe(0);
    await shotViewport(page, "sms-04-signed-in");
  }, 120_000);

  it("answers an unknown number the same way and texts nothing", async () => {
    browser = await openBrowser("phone");
    const { page } = browser;
    const before = standIn.received.length;
    await page.goto(`${server.base}/portal/`);
    await page.getByRole("tab", { name: "短信验证码登录" }).click();
    await page.locator("#phone").fill("13900000009");
    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.getByRole("status").filter({ hasText: "如该手机号已登记为委员账号，验证码已发送" }).waitFor();
    expect(standIn.received.length).toBe(before);
  }, 60_000);
});

describe("bulk opening by SMS: the office texts initial passwords and sees who got them", () => {
  it("offers 短信发送, texts each new login once, shows the result, and the member must change the texted password", async () => {
    browser = await openBrowser("desktop");
    let page = browser.page;
    await page.goto(`${server.base}/admin/accounts`);
    await signIn(page, "admin");
    await page.getByRole("button", { name: "批量开通委员账号" }).click();
    await page.getByText(/将为 \d+ 位委员开通账号/).waitFor();
    await page.locator("#bulk-townshipGroupId").click();
    await page.locator(".ant-select-dropdown", { has: page.locator("#bulk-townshipGroupId_list") }).locator(".ant-select-item-option").first().click();
    await page.getByText(/将为 \d+ 位委员开通账号/).waitFor();
    await page.getByRole("radio", { name: "短信发送" }).check();
    await page.getByText("初始密码由系统发送到委员名册中的手机号").waitFor();
    await shotViewport(page, "accounts-sms-01-dialog");
    const before = standIn.received.filter((t) => t.templateCode === "SMS_CREDENTIAL").length;
    const open = page.getByRole("button", { name: /开通 \d+ 个账号/ });
    const count = Number((await open.textContent())!.match(/\d+/)![0]);
    await open.click();

    await page.waitForURL(/\/admin\/accounts\/sms\//);
    await page.getByText(`共 ${count} 位：已发送 ${count}，未发送 0`).waitFor({ timeout: 60_000 });
    await shot(page, "accounts-sms-02-result");
    const texts = standIn.received.filter((t) => t.templateCode === "SMS_CREDENTIAL").slice(before);
    expect(texts).toHaveLength(count);
    expect(new Set(texts.map((t) => t.phone)).size).toBe(count);
    // No password on the screen: only in the texts.
    expect(await page.getByText(texts[0]!.params.password!).count()).toBe(0);
    await browser.close();

    // The member signs in on the phone with the texted password and is asked for one of their own.
    browser = await openBrowser("phone");
    page = browser.page;
    await page.goto(`${server.base}/portal/`);
    await signIn(page, texts[0]!.params.username!, texts[0]!.params.password!);
    await page.getByText("请先修改初始密码").first().waitFor();
    await shotViewport(page, "accounts-sms-03-forced-change");
  }, 180_000);
});
