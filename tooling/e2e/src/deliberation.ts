import type { Locator, Page } from "playwright-core";
import { apiSignIn, type HttpApi } from "./trpcHttp";

/** Today in Beijing, as the server judges dates (YYYY-MM-DD). */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** The demo liaison officer's township (当湖街道): its id is what the residents' link carries. */
export async function liaisonTownshipId(base: string): Promise<string> {
  const api = await apiSignIn(base, "liaison");
  const me = await api.query<{ account: { townshipId: string | null } }>("auth.me");
  if (!me.account.townshipId) throw new Error("the demo liaison account has no township");
  return me.account.townshipId;
}

/** Types a date into an antd DatePicker (found by its form label); leaving the field keeps it (Enter would submit the form). */
export async function fillDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press("Tab");
}

/** An antd Select opened by its label, then the option whose text matches picked. */
export async function pickOption(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByLabel(label, typeof label === "string" ? { exact: true } : undefined).click();
  await page.locator(".ant-select-dropdown:visible").getByText(option).first().click();
}

/** The antd modal that is open now (dialogs close and reopen, so always the visible one). */
export function openDialog(page: Page, title: string | RegExp): Locator {
  return page.getByRole("dialog").filter({ hasText: title });
}

/** Waits until no table or card is still loading and antd's fade-ins are over, so a screenshot shows the settled screen. */
export async function settled(page: Page) {
  await page.locator(".ant-spin-spinning, .ant-skeleton-active").first().waitFor({ state: "detached", timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(400);
}

/**
 * A resident's topic sent to the public procedure as the page would send it (setup for a journey
 * that starts later). Each comes from a resident's own address (a documentation range, through the
 * proxy header the e2e server trusts): the journeys share one server, and from one address they
 * would use up the page's five-topics-per-address window between them.
 */
export async function submitPublicTopic(base: string, input: { townshipId: string; topic: string; description: string }) {
  // Random among 508 addresses: test files run as separate modules, so a counter would repeat.
  const n = Math.floor(Math.random() * 508);
  const address = `${n < 254 ? "198.51.100" : "203.0.113"}.${(n % 254) + 1}`;
  const response = await fetch(`${base}/trpc/consultation.publicTopic.submit`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ json: { ...input, name: null, phone: null } }),
  });
  if (!response.ok) throw new Error(`publicTopic.submit: ${response.status} ${await response.text()}`);
}

type Topic = { id: string; version: number; topic: string };

/** Setup, not a journey: a resident's topic accepted and scheduled by the officer for a day; its members are invited. */
export async function scheduleSession(base: string, liaison: HttpApi, townshipId: string, topic: string, title: string, plannedDate: string): Promise<string> {
  await submitPublicTopic(base, { townshipId, topic, description: `${topic}，已经持续一个多月，居民出行很不方便，希望尽快解决。` });
  const pending = await liaison.query<{ items: Topic[] }>("consultation.residentTopic.list", { state: "pending" });
  const t = pending.items.find((i) => i.topic === topic)!;
  await liaison.mutate("consultation.residentTopic.moderate", { id: t.id, version: t.version, type: "accept" });
  const scheduled = await liaison.mutate<{ consultation: { id: string } }>("consultation.deliberation.scheduleFromTopics", {
    topicIds: [t.id],
    title,
    plannedDate,
  });
  return scheduled.consultation.id;
}
