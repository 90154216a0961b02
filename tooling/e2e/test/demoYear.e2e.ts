import { afterEach, describe, expect, inject, it } from "vitest";
import { openBrowser, shot, type Browser } from "../src/browser";
import { signIn } from "../src/login";

/**
 * What `npm start` shows on a fresh machine: the demo city mid-way through its year, with work
 * waiting in every app. The figures behind these screens are checked in packages/api/test/demo;
 * here each screen is looked at as its people open it.
 */
const base = inject("baseUrl");
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe("the demo city's year, as each login first sees it", () => {
  it("office: proposals at every step, some overdue; consultations in every state", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await page.goto(`${base}/admin/proposals`);
    await signIn(page, "admin");
    await page.getByText(/^13-\d+-\d{3}$/).first().waitFor();
    for (const status of ["已提交", "已立案", "办理中", "已答复", "已办结"]) await page.getByText(status, { exact: true }).first().waitFor();
    await shot(page, "demo-year-01-admin-proposals");

    await page.goto(`${base}/admin/overdue-proposals`);
    await page.getByText(/共 [1-9]\d* 项逾期/).waitFor();
    await shot(page, "demo-year-02-admin-overdue");

    await page.goto(`${base}/admin/consultations`);
    for (const state of ["已排期", "已召开", "已办结", "草稿"]) await page.getByText(state, { exact: true }).first().waitFor();
    await shot(page, "demo-year-03-admin-consultations");

    await page.goto(`${base}/admin/consultation-plan`);
    await page.getByText("已完成").first().waitFor();
    await shot(page, "demo-year-04-admin-plan");
  });

  it("liaison: residents' topics waiting, sessions held and coming, open items", async () => {
    browser = await openBrowser("tablet");
    const { page } = browser;
    await page.goto(`${base}/liaison/`);
    await signIn(page, "liaison");
    await page.getByText("当湖街道政协联络室").first().waitFor();
    await shot(page, "demo-year-05-liaison-home");
    await page.goto(`${base}/liaison/topics`);
    await page.getByText("公园健身器材损坏").waitFor();
    await shot(page, "demo-year-06-liaison-topics");
    await page.goto(`${base}/liaison/open-items`);
    await page.getByText(/逾期 \d+ 天/).first().waitFor();
    await page.getByText(/已全部加载/).waitFor();
    await page.locator(".ant-spin-blur").waitFor({ state: "detached" });
    await shot(page, "demo-year-07-liaison-open-items");
  });

  it("member: invitations to answer, a co-signing request and a reply to rate", async () => {
    browser = await openBrowser("phone");
    const { page } = browser;
    await page.goto(`${base}/portal/`);
    await signIn(page, "member");
    await page.getByText(/\d+ 个邀请待回复/).waitFor();
    await shot(page, "demo-year-08-portal-home");
    await page.goto(`${base}/portal/proposals`);
    await page.getByText("已答复").first().waitFor();
    expect(await page.getByText("草稿").count()).toBeGreaterThan(0);
    await shot(page, "demo-year-09-portal-proposals");
  });
});
