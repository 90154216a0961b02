import { startSmsStandIn, type SmsStandIn } from "@cppcc/api/sms-stand-in";
import { startWechatStandIn, type WechatStandIn } from "@cppcc/api/wechat-stand-in";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { openBrowser, shot, type Browser } from "../src/browser";
import { liaisonTownshipId, openDialog, settled } from "../src/deliberation";
import { signIn } from "../src/login";
import { gradientPng } from "../src/photo";
import { startServer, type RunningServer } from "../src/server";

/**
 * Its own server, with SMS and WeChat pointed at stand-ins on the loopback: a resident sends a topic with two
 * photos and a phone → the officer sees the photos, accepts publishing one → the resident is texted the decision
 * by receipt number → the public page shows that one photo only. A member binds WeChat from 我的 through the
 * OAuth redirect (the stand-in plays WeChat's authorize page).
 */
let sms: SmsStandIn;
let wechat: WechatStandIn;
let server: RunningServer;
beforeAll(async () => {
  sms = await startSmsStandIn({ signName: "数字政协" });
  wechat = await startWechatStandIn({ signedInOpenid: "o-e2e-member", followers: ["o-e2e-member"] });
  const c = sms.config;
  server = await startServer({
    env: {
      JOB_POLL_MS: "500",
      SMS_ACCESS_KEY_ID: c.accessKeyId,
      SMS_ACCESS_KEY_SECRET: c.accessKeySecret,
      SMS_SIGN_NAME: c.signName,
      SMS_TEMPLATE_LOGIN_CODE: c.templates.loginCode,
      SMS_TEMPLATE_NOTICE: c.templates.notice,
      SMS_TEMPLATE_DIGEST: c.templates.digest,
      SMS_TEMPLATE_TOPIC_DECIDED: c.templates.topicDecided!,
      SMS_ENDPOINT: c.endpoint,
      SMS_PROTOCOL: "http",
      WECHAT_APP_ID: wechat.config.appId,
      WECHAT_APP_SECRET: wechat.config.appSecret,
      WECHAT_TEMPLATE_ID: wechat.config.templateId,
      WECHAT_API_BASE: wechat.config.apiBase,
      WECHAT_OAUTH_BASE: wechat.config.oauthBase,
    },
  });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await sms?.close();
  await wechat?.close();
});

const browsers: Browser[] = [];
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});
async function open(viewport: "phone" | "tablet") {
  const browser = await openBrowser(viewport);
  browsers.push(browser);
  return browser.page;
}
async function snap(page: Page, name: string) {
  await settled(page);
  await shot(page, name);
}
const failShots = () => onTestFailed(async () => void (await Promise.all(browsers.map((b, i) => shot(b.page, `photos-wechat-failed-${i + 1}`).catch(() => undefined)))));

async function until<T>(read: () => T | undefined, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = read();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const topic = "南门路口雨后积水严重";

describe("residents' photos and texts", () => {
  it("sends photos with the topic, publishes only the one the officer chose, and texts the resident the decision", { timeout: 300_000 }, async () => {
    failShots();
    const townshipId = await liaisonTownshipId(server.base);
    const resident = await open("phone");
    await resident.goto(`${server.base}/liaison/public/topics/${townshipId}`);
    await resident.getByText("留下号码即表示同意：审核结果（采纳或不予采纳及理由）将以短信发到该号码").waitFor();
    await resident.getByLabel("议题", { exact: true }).fill(topic);
    await resident.getByLabel("情况描述", { exact: true }).fill("南门路口每次下雨积水到脚踝，电动车只能绕行，附近学生上学很不方便。");
    await resident.getByLabel(/^手机号码/).fill("13900002222");
    await resident.locator('input[type="file"]').setInputFiles([
      { name: "积水.png", mimeType: "image/png", buffer: gradientPng(240, 180, [40, 90, 160], [150, 200, 240]) },
      { name: "路口.png", mimeType: "image/png", buffer: gradientPng(240, 180, [160, 110, 40], [240, 220, 150]) },
    ]);
    await expect.poll(() => resident.locator(".ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)").count(), { timeout: 20_000 }).toBe(2);
    await snap(resident, "photos-01-resident-form-with-photos");
    await resident.getByRole("button", { name: "提交议题" }).click();
    await resident.getByText("已收到，待联络员审核后公开").waitFor();
    const receiptNo = (await resident.getByTestId("receipt-no").innerText()).trim();

    const officer = await open("tablet");
    await officer.goto(`${server.base}/liaison/`);
    await signIn(officer, "liaison");
    await officer.getByRole("menuitem", { name: "群众议题" }).click();
    const row = officer.getByRole("row", { name: new RegExp(topic) });
    await expect.poll(() => row.getByRole("img", { name: /群众提供的照片/ }).count()).toBe(2);
    await snap(officer, "photos-02-officer-queue-with-photos");
    await row.getByRole("button", { name: "采纳", exact: true }).click();
    const accept = openDialog(officer, "采纳议题");
    await accept.getByText("随议题公示的照片").waitFor();
    // A click during the dialog's opening animation can be lost, and check() throws instead of clicking again.
    const firstPhoto = accept.getByRole("checkbox", { name: "公示照片 1" });
    for (let tries = 0; tries < 20 && !(await firstPhoto.isChecked()); tries++) {
      await firstPhoto.click({ force: true });
      await officer.waitForTimeout(150);
    }
    expect(await firstPhoto.isChecked()).toBe(true);
    await snap(officer, "photos-03-officer-accept-choose-photo");
    await accept.getByRole("button", { name: "确认采纳并公示" }).click();
    await officer.getByText("已采纳，议题已在公开页面公示；已安排短信告知群众（按回执号）").waitFor();

    // The text goes out through the delivery job: the resident's phone gets the receipt and the decision.
    const text = await until(() => sms.received.find((s) => s.templateCode === "SMS_TOPIC_DECIDED"), "the resident's text");
    expect(text).toMatchObject({ phone: "13900002222", params: { receipt: receiptNo, result: "已被采纳，将公示并安排协商" } });

    await resident.getByRole("tab", { name: "已采纳议题" }).click();
    const accepted = resident.getByRole("tabpanel", { name: "已采纳议题" });
    await accepted.getByText(topic).waitFor();
    await expect.poll(() => accepted.getByRole("img", { name: /群众提供的照片/ }).count()).toBe(1);
    // The published photo really loads (the public route serves it); the other is nowhere on the page.
    await expect.poll(() => accepted.getByRole("img", { name: /群众提供的照片/ }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
    await snap(resident, "photos-04-public-one-photo");
  });
});

describe("binding WeChat", () => {
  it("binds the member's WeChat through WeChat's authorisation and shows it bound in 我的", { timeout: 120_000 }, async () => {
    failShots();
    const phone = await open("phone");
    await phone.goto(`${server.base}/portal/`);
    await signIn(phone, "member");
    await phone.locator(".adm-tab-bar-item").filter({ hasText: "我的" }).click();
    const entry = phone.locator(".adm-list-item").filter({ hasText: "绑定微信" });
    await entry.getByText("未绑定").waitFor();
    await entry.click();
    await phone.getByText("绑定后，需要您办理的事项会通过公众号发到您的微信").waitFor();
    await snap(phone, "wechat-01-unbound");
    await phone.getByRole("button", { name: "绑定微信" }).click();
    await phone.getByText("已绑定微信").waitFor();
    expect(new URL(phone.url()).search).toBe("");
    await snap(phone, "wechat-02-bound");
    await phone.goto(`${server.base}/portal/me`);
    const bound = phone.locator(".adm-list-item").filter({ hasText: "绑定微信" });
    await bound.getByText("已绑定").waitFor();
    // The tabs scroll inside their frame: bring the account list into view for the picture.
    await bound.scrollIntoViewIfNeeded();
    await shot(phone, "wechat-03-me-bound");
    // 通知设置 names WeChat as a way out beside the choices per kind.
    await phone.goto(`${server.base}/portal/me/notification-settings`);
    await phone.locator(".adm-list").filter({ hasText: "微信通知" }).getByText("已绑定").waitFor();
    await snap(phone, "wechat-04-notification-settings");
  });
});
