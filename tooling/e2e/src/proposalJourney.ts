import type { Page } from "playwright-core";
import { openBrowser, type Browser } from "./browser";
import { signIn } from "./login";
import { apiSignIn, openLogin } from "./trpcHttp";

export type MemberLogin = { username: string; name: string; memberId: string };

/**
 * A second member who can sign in to the portal, as the office would provision one: an active
 * member of the roster without a login (the demo member has one) gets an account. Tries the
 * next member when one already has a login from another journey on the same server.
 */
export async function provisionMemberLogin(base: string, username: string): Promise<MemberLogin> {
  const admin = await apiSignIn(base, "admin");
  const demo = await (await apiSignIn(base, "member")).query<{ account: { memberId: string | null } }>("auth.me");
  const { items } = await admin.query<{ items: { id: string; name: string }[] }>("roster.members.list", { status: "active", limit: 40 });
  // From the middle of the list: far from the demo member and from what other journeys pick first.
  for (const m of items.slice(15).filter((m) => m.id !== demo.account.memberId)) {
    try {
      await openLogin(base, admin, { username, role: "member", memberId: m.id });
      return { username, name: m.name, memberId: m.id };
    } catch (error) {
      if (!String(error).includes("已有账号")) throw error;
    }
  }
  throw new Error("no active member without a login was found");
}

/** The demo member's name, as the co-signer's invitation names the first proposer. */
export async function demoMemberName(base: string): Promise<string> {
  const me = await (await apiSignIn(base, "member")).query<{ account: { displayName: string } }>("auth.me");
  return me.account.displayName;
}

/**
 * One person's turn in the journey: a fresh browser of their kind, signed in to their app,
 * closed afterwards whatever happens. window.print is stubbed (a headless print dialog would
 * wait for nobody) and records that the page asked to print.
 */
export async function asPerson(
  base: string,
  who: { username: string; app: "admin" | "portal"; viewport: "phone" | "desktop" },
  act: (page: Page) => Promise<void>,
) {
  const browser: Browser = await openBrowser(who.viewport);
  try {
    const { page } = browser;
    await page.addInitScript(() => {
      const w = globalThis as unknown as { print: () => void; printed?: boolean };
      w.print = () => {
        w.printed = true;
      };
    });
    await page.goto(`${base}/${who.app}/`);
    await signIn(page, who.username);
    await page.locator("#username").waitFor({ state: "detached" });
    await act(page);
  } finally {
    await browser.close();
  }
}

/** An antd Select found by its aria-label: opened, narrowed by typing, the matching option picked. */
export async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label }).click();
  await page.keyboard.type(option);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: option }).first().click();
  await page.locator(".ant-select-dropdown:visible").waitFor({ state: "detached" });
}

/** Confirms an antd Popconfirm that is open now by its button. */
export async function confirmPopover(page: Page, button: string) {
  await page.locator(".ant-popover:visible").getByRole("button", { name: button, exact: true }).click();
}

/** Waits until no toast (antd-mobile) or message (antd) covers the page, so a screenshot shows the page itself. */
export async function untilToastsGone(page: Page) {
  const toasts = page.locator(".adm-toast-mask, .ant-message-notice");
  while ((await toasts.count()) > 0) await toasts.first().waitFor({ state: "detached", timeout: 10_000 });
}
