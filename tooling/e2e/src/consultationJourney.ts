import type { Locator, Page } from "playwright-core";
import { apiSignIn, openLogin, type HttpApi } from "./trpcHttp";

/** Today in Beijing, as the server judges meeting dates (YYYY-MM-DD). */
export function shanghaiToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** This quarter as the plan screens write it (第四季度), so a plan item planned for now is "due". */
export function currentQuarterLabel(): string {
  const month = Number(shanghaiToday().slice(5, 7));
  return `第${"一二三四"[Math.floor((month - 1) / 3)]}季度`;
}

type Me = { account: { memberId: string | null; displayName: string } };
type MemberRow = { id: string; name: string; sectorName: string };

export type JourneyMember = { username: string; memberId: string; name: string; sectorName: string };

/** The demo `member` login's member: the one the journey invites and checks in. */
export async function demoMember(base: string): Promise<JourneyMember> {
  const api = await apiSignIn(base, "member");
  const me = await api.query<Me>("auth.me");
  const memberId = me.account.memberId!;
  const admin = await apiSignIn(base, "admin");
  const found = await admin.query<{ items: MemberRow[] }>("roster.members.list", { query: me.account.displayName, limit: 20 });
  const row = found.items.find((m) => m.id === memberId)!;
  return { username: "member", memberId, name: row.name, sectorName: row.sectorName };
}

/**
 * A second member with a login of their own, made as the office makes one (account.create): an
 * active member whose name no one else in the roster shares, so the invitation picker finds one.
 */
export async function createMemberLogin(base: string, username: string, except: string): Promise<JourneyMember> {
  const admin: HttpApi = await apiSignIn(base, "admin");
  const page = await admin.query<{ items: MemberRow[] }>("roster.members.list", { status: "active", limit: 60 });
  for (const m of page.items) {
    if (m.id === except) continue;
    const same = await admin.query<{ items: MemberRow[] }>("roster.members.list", { query: m.name, limit: 5 });
    if (same.items.length !== 1) continue;
    await openLogin(base, admin, { username, role: "member", memberId: m.id });
    return { username, memberId: m.id, name: m.name, sectorName: m.sectorName };
  }
  throw new Error("no member with a unique name to give a login");
}

/** A form field by its label's start: optional fields read "按姓名（可选）". */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
}

/** The antd dialog open now, by its title. */
export function dialog(page: Page, title: string | RegExp): Locator {
  return page.getByRole("dialog").filter({ hasText: title });
}

/** Opens an antd Select by its label and picks the option with this text. */
export async function choose(page: Page, scope: Page | Locator, label: string, option: string | RegExp) {
  await field(scope, label).click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter({ hasText: option }).first().click();
  await page.locator(".ant-select-dropdown:visible").waitFor({ state: "hidden" });
}

/** Types into a searching Select (members, proposals) and picks the option that appears. */
export async function search(page: Page, scope: Page | Locator, label: string, text: string, option: string | RegExp) {
  const input = field(scope, label);
  await input.click();
  await input.fill(text);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter({ hasText: option }).first().click();
  // A multiple select stays open for the next pick; leaving the field closes it (Escape would close the dialog).
  await input.blur();
  await page.locator(".ant-select-dropdown:visible").waitFor({ state: "hidden" });
}

/** Types a date into an antd DatePicker found by its label; leaving the field keeps it (Enter would submit the form). */
export async function typeDate(scope: Page | Locator, label: string, date: string) {
  const input = field(scope, label);
  await input.click();
  await input.fill(date);
  await input.press("Tab");
  await input.page().locator(".ant-picker-dropdown:visible").waitFor({ state: "hidden" });
  if ((await input.inputValue()) !== date) throw new Error(`${label}: the picker did not keep ${date}`);
}

/** antd's toast after a step, waited for so the screenshot shows the result, not the spinner. */
export async function toast(page: Page, text: string | RegExp) {
  await page.locator(".ant-message").getByText(text).first().waitFor();
}
