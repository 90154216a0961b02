import type { Page } from "playwright-core";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, shot, type Browser } from "../src/browser";
import { demoMember, shanghaiToday } from "../src/consultationJourney";
import { signIn } from "../src/login";
import { shotViewport } from "../src/shotViewport";
import { apiSignIn, type HttpApi } from "../src/trpcHttp";

/**
 * Each role's home of today's work, and the office's search: set up over HTTP (a proposal waiting
 * for review, one for assignment, a meeting the demo member is invited to), then seen and used in
 * the browser — a count opens the list it counts and agrees with it; a search opens its record.
 */
const base = inject("baseUrl");
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

type Proposal = { id: string; version: number; number: string | null };
const title = "关于规范共享单车停放秩序的建议";
let waitingId: string;

const inDays = (n: number) => new Date(Date.parse(`${shanghaiToday()}T12:00:00+08:00`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const admin: HttpApi = await apiSignIn(base, "admin");
  const me = await demoMember(base);
  const options = await admin.query<{ currentSessionId: string }>("proposal.options");
  const text = {
    situation: "城区主干道和地铁口共享单车乱停乱放，占用盲道和非机动车道，影响行人通行安全，群众意见较大。",
    suggestions: "一是划定停放区域并设置电子围栏；二是建立企业运维考核机制；三是加强执法和宣传引导。",
    category: "urbanRural",
    isLivelihood: true,
  };
  const create = (t: string) => admin.mutate<Proposal>("proposal.create", { sessionId: options.currentSessionId, proposer: { kind: "member", memberId: me.memberId }, title: t, ...text });
  const d1 = await create(title);
  const s1 = await admin.mutate<Proposal>("proposal.submit", { id: d1.id, version: d1.version });
  waitingId = s1.id;
  const d2 = await create("关于增设社区充电桩的建议");
  const s2 = await admin.mutate<Proposal>("proposal.submit", { id: d2.id, version: d2.version });
  const r2 = await admin.mutate<Proposal>("proposal.startReview", { id: s2.id, version: s2.version });
  await admin.mutate("proposal.file", { id: r2.id, version: r2.version });

  const lookups = await admin.query<{ committees: { id: string; name: string }[] }>("roster.lookups");
  const economy = lookups.committees.find((c) => c.name === "经济委员会")!.id;
  const meeting = await admin.mutate<{ id: string; version: number }>("consultation.create", {
    title: "数字经济发展专题协商",
    formatCode: "topicalConsultation",
    year: Number(shanghaiToday().slice(0, 4)),
    leadCommitteeId: economy,
    plannedDate: inDays(6),
    venue: "二楼第一会议室",
  });
  await admin.mutate("consultation.transition", { id: meeting.id, version: meeting.version, event: { type: "plan" } });
  await admin.mutate("consultation.invitation.invite", { consultationId: meeting.id, selection: { memberIds: [me.memberId] } });

  // A meeting set for today (this week's), and a member asking leave from it that waits for a decision.
  const today = await admin.mutate<{ id: string; version: number }>("consultation.create", {
    title: "城市更新本周专题协商",
    formatCode: "topicalConsultation",
    year: Number(shanghaiToday().slice(0, 4)),
    leadCommitteeId: economy,
    plannedDate: shanghaiToday(),
    venue: "三楼第二会议室",
  });
  const planned = await admin.mutate<{ id: string; version: number }>("consultation.transition", { id: today.id, version: today.version, event: { type: "plan" } });
  await admin.mutate("consultation.transition", { id: today.id, version: planned.version, event: { type: "schedule", date: shanghaiToday() } });
  const members = await admin.query<{ items: { id: string }[] }>("roster.members.list", { limit: 3 });
  await admin.mutate("consultation.invitation.invite", { consultationId: today.id, selection: { memberIds: members.items.map((m) => m.id) } });
  const invited = await admin.query<{ items: { id: string; version: number }[] }>("consultation.invitation.list", { consultationId: today.id, limit: 10 });
  const asked = invited.items[0]!;
  await admin.mutate("consultation.invitation.reply", { id: asked.id, version: asked.version, type: "requestLeave", reason: "赴外地参加培训" });
});

/** The number a tile's accessible name gives ("本周会议 3 场，查看列表"). */
const tileCount = async (page: Page, title: string) => {
  const tile = page.getByRole("link", { name: new RegExp(`^${title} \\d+ `) });
  return { tile, n: Number((await tile.getAttribute("aria-label"))!.match(/ (\d+) /)![1]) };
};

describe("a home of today's work for each role", () => {
  it("office: each count opens the list it counts, and they agree", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await page.goto(`${base}/admin/`);
    await signIn(page, "admin");
    await page.getByText("今日待办").waitFor();
    await page.getByText("最近动态").waitFor();
    await shot(page, "homes-01-office");

    const tile = page.getByRole("link", { name: /^待审查提案 \d+ 件/ });
    const count = Number((await tile.getAttribute("aria-label"))!.match(/(\d+) 件/)![1]);
    expect(count).toBeGreaterThanOrEqual(1);
    await tile.click();
    await page.getByText(`共 ${count} 件提案`).waitFor();
    expect(page.url()).toContain("status=submitted,underReview");
    await shot(page, "homes-02-office-review-list");

    await page.goto(`${base}/admin/`);
    const assign = page.getByRole("link", { name: /^待交办提案 \d+ 件/ });
    const toAssign = Number((await assign.getAttribute("aria-label"))!.match(/(\d+) 件/)![1]);
    await assign.click();
    await page.getByText(`共 ${toAssign} 件提案`).waitFor();
  });

  it("office: this week's meetings, leave awaiting a decision, due-soon proposals and plan items each open their list", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await page.goto(`${base}/admin/`);
    await signIn(page, "admin");
    await page.getByText("今日待办").waitFor();
    await shot(page, "homes-10-office-new-counts");

    const week = await tileCount(page, "本周会议");
    expect(week.n).toBeGreaterThanOrEqual(1);
    await week.tile.click();
    await page.waitForURL(/\/admin\/consultations\?scope=all&week=this/);
    await page.getByText(`共 ${week.n} 次协商`).waitFor();
    await page.getByText("城市更新本周专题协商").first().waitFor();
    expect(await page.getByRole("checkbox", { name: "本周会议" }).isChecked()).toBe(true);
    await shot(page, "homes-11-week-meetings");

    await page.goto(`${base}/admin/`);
    const leaves = await tileCount(page, "待审批请假");
    expect(leaves.n).toBeGreaterThanOrEqual(1);
    await leaves.tile.click();
    await page.getByText(`待审批 ${leaves.n} 人次`).waitFor();
    await page.getByText("赴外地参加培训").waitFor();
    await shot(page, "homes-12-pending-leaves");

    await page.goto(`${base}/admin/`);
    const dueSoon = await tileCount(page, "临期提案");
    await dueSoon.tile.click();
    await page.getByText(`共 ${dueSoon.n} 项临期`).waitFor();
    // The table fades in once its rows arrive: shoot it when the fade is over.
    await page.locator(".ant-spin-blur").waitFor({ state: "detached" });
    await shot(page, "homes-13-due-soon-proposals");

    await page.goto(`${base}/admin/`);
    const plan = await tileCount(page, "计划待安排");
    await plan.tile.click();
    await page.waitForURL(/\/admin\/consultation-plan\?year=\d+&due=1/);
    expect(await page.getByRole("checkbox", { name: /只看待安排/ }).isChecked()).toBe(true);
    if (plan.n > 0) expect(await page.locator(".ant-table-row").count()).toBe(plan.n);
    else await page.getByText(/没有待安排的计划项目|还没有协商计划/).first().waitFor();
    await shot(page, "homes-14-plan-due");
  });

  it("handler: the unit's home counts its own work, and a count opens its list", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await page.goto(`${base}/admin/`);
    await signIn(page, "handler");
    await page.getByText("承办单位工作台").first().waitFor();
    await page.getByText("延期申请审批结果").waitFor();
    await page.getByText("意见建议办理").waitFor();
    await shot(page, "homes-15-handler");
    const overdue = await tileCount(page, "已逾期");
    await overdue.tile.click();
    await page.waitForURL(/\/admin\/handling\?tab=overdue/);
    await page.getByText(`共 ${overdue.n} 项逾期`).waitFor();
    // The table fades in once its rows arrive: shoot it when the fade is over.
    await page.locator(".ant-spin-blur").waitFor({ state: "detached" });
    await shot(page, "homes-16-handler-overdue");
  });

  it("office: search finds a proposal by words of its title; ↓ and Enter open it", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await page.goto(`${base}/admin/`);
    await signIn(page, "admin");
    const box = page.getByRole("combobox", { name: "全局搜索" });
    await box.click();
    await box.fill("共享单车");
    // The listbox's options are named for screen readers by group, title and detail.
    await page.getByRole("option", { name: new RegExp(`^提案：${title}`) }).first().waitFor({ state: "attached" });
    await page.locator(".ant-select-item-option").filter({ hasText: title }).waitFor();
    await shot(page, "homes-03-search");
    await box.press("ArrowDown");
    await box.press("Enter");
    await page.waitForURL(`**/admin/proposals/${waitingId}`);
    // In the page itself, not the search list that just closed.
    await page.locator(".ant-layout-content").getByText(title).first().waitFor();
    await page.getByRole("button", { name: /开始审查/ }).first().waitFor();
    expect(page.url()).toContain(`/admin/proposals/${waitingId}`);
    await shot(page, "homes-04-search-opened");
  });

  it("office: 操作指南 opens from the header", async () => {
    browser = await openBrowser("desktop");
    const { page } = browser;
    await page.goto(`${base}/admin/`);
    await signIn(page, "admin");
    await page.getByRole("button", { name: "操作指南" }).click();
    await page.getByText("审查提案并立案").waitFor();
    await shotViewport(page, "homes-05-office-guide");
  });

  it("liaison: the officer's home and guide on a tablet", async () => {
    browser = await openBrowser("tablet");
    const { page } = browser;
    await page.goto(`${base}/liaison/`);
    await signIn(page, "liaison");
    await page.getByText("待审核的群众议题").waitFor();
    await page.getByText("即将举行的民生议事堂").waitFor();
    await page.getByText("未销号的意见建议").first().waitFor();
    await shot(page, "homes-06-liaison");
    // The count opens the queue it counts.
    const link = page.getByRole("link", { name: /^待审核的群众议题 \d+ 条/ });
    const pending = Number((await link.getAttribute("aria-label"))!.match(/(\d+) 条/)![1]);
    await link.click();
    await page.waitForURL(/\/liaison\/topics\?state=pending/);
    if (pending === 0) await page.getByText(/没有待审核/).first().waitFor();
    await page.getByRole("button", { name: "操作指南" }).click();
    await page.getByText("处理群众议题").waitFor();
    await shotViewport(page, "homes-07-liaison-guide");
  });

  it("member: the invitation waits on the phone's home, opens the activity, and the guide is under 我的", async () => {
    browser = await openBrowser("phone");
    const { page } = browser;
    await page.goto(`${base}/portal/`);
    await signIn(page, "member");
    const todo = page.getByTestId("home-todo");
    await todo.getByText("数字经济发展专题协商").waitFor();
    await todo.getByText(/二楼第一会议室/).waitFor();
    await shot(page, "homes-08-member");
    await todo.getByText("数字经济发展专题协商").click();
    await page.waitForURL(/\/portal\/activities\//);
    await page.getByText("数字经济发展专题协商").first().waitFor();
    await page.goto(`${base}/portal/me`);
    await page.getByText("操作指南").click();
    await page.getByText("撰写和提交提案").waitFor();
    await shotViewport(page, "homes-09-member-guide");
  });
});
