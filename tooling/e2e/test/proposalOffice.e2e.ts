import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { shot } from "../src/browser";
import { asPerson, chooseOption, confirmPopover, untilToastsGone } from "../src/proposalJourney";
import { liaisonTownshipId, submitPublicTopic, todayInShanghai } from "../src/deliberation";
import { apiSignIn } from "../src/trpcHttp";

const base = inject("baseUrl");

const title = "关于规范校外培训机构收费管理的建议";
const situation = "近年来部分校外培训机构预收费用数额大、周期长，机构关停后家长退费难，纠纷多发，群众反映较为集中，监管部门之间职责还需进一步理顺。";
const suggestions = "一是推行预收费资金第三方存管；二是明确教育、市场监管部门的监管分工；三是建立培训机构信用评价和风险预警机制。";

const office = { username: "admin", app: "admin", viewport: "desktop" } as const;
const unit = { username: "handler", app: "admin", viewport: "desktop" } as const;

/** A multiple antd Select stays open after a pick: type, pick, and clear the search for the next. */
async function addOption(page: Page, label: string, option: string) {
  const box = page.getByRole("combobox", { name: label });
  await box.click();
  await box.fill(option);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: option }).first().click();
  await page.locator(".ant-select-selection-item", { hasText: option }).first().waitFor();
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The office's paper work and a deadline extension, each person in their own app: the office
 * enters a joint proposal signed on paper and confirms its co-signers on their behalf, files it
 * settling its category and assigns it → the unit asks for an extension before its deadline →
 * the office grants it from its 延期审批 list → the unit and the detail show the new date.
 */
describe("the office's paper joint proposal and a deadline extension", () => {
  it("enters a paper joint proposal, files and assigns it; the unit asks for more time and the office grants it", { timeout: 300_000 }, async () => {
    const admin = await apiSignIn(base, "admin");
    const { items } = await admin.query<{ items: { id: string; name: string }[] }>("roster.members.list", { status: "active", limit: 40 });
    const [lead, first, second] = items.slice(5, 8);
    let proposalId = "";

    // 1. The office enters the signed sheet and confirms the co-signers on their behalf.
    await asPerson(base, office, async (page) => {
      await page.goto(`${base}/admin/proposals`);
      await page.getByRole("button", { name: "录入纸质联名提案" }).click();
      await page.getByRole("heading", { name: "录入纸质联名提案" }).waitFor();
      await chooseOption(page, "第一提案人", lead!.name);
      for (const m of [first!, second!]) await addOption(page, "联名委员（已在纸质提案上签名）", m.name);
      await page.keyboard.press("Escape");
      await page.locator(".ant-select-dropdown:visible").first().waitFor({ state: "detached" });
      await page.getByLabel("标题").fill(title);
      await page.getByLabel("案由").fill(situation);
      await page.getByLabel("具体建议").fill(suggestions);
      await chooseOption(page, "提案类别", "社会建设");
      await page.getByText("民生类", { exact: true }).click();
      await shot(page, "office-01-paper-joint-form");
      await page.getByRole("button", { name: "录入并提交" }).click();
      await page.getByRole("heading", { name: title }).waitFor();
      proposalId = new URL(page.url()).pathname.split("/").at(-1)!;
      const timeline = page.locator(".ant-timeline");
      await timeline.getByText("提交", { exact: true }).waitFor();
      expect(await timeline.getByText("由办公室代为确认（纸质签名）", { exact: true }).count()).toBe(2);
      await page.getByText(`${first!.name}（已确认 · 纸质签名）`).waitFor();
      await untilToastsGone(page);
      await shot(page, "office-02-paper-joint-entered");

      // 2. Review and filing: the category is settled at filing, without returning it for revision.
      await page.getByRole("button", { name: "开始审查" }).click();
      await confirmPopover(page, "开始审查");
      await page.getByRole("button", { name: "立案", exact: true }).click();
      const filing = page.getByRole("dialog").filter({ hasText: "提案类别" });
      await chooseOption(page, "提案类别", "教育科技");
      await shot(page, "office-03-file-with-category");
      await filing.getByRole("button", { name: "确认立案" }).click();
      await filing.waitFor({ state: "detached" });
      await timeline.getByText("类别 社会建设 → 教育科技").waitFor();

      await page.getByRole("button", { name: "交办", exact: true }).click();
      const assign = page.getByRole("dialog").filter({ hasText: "办理时限" });
      await chooseOption(page, "主办单位", "市住建局");
      await assign.getByRole("button", { name: "确认交办" }).click();
      await assign.waitFor({ state: "detached" });
      await page.getByText("市住建局（主办）").first().waitFor();
    });
    expect(proposalId).toMatch(/^[0-9a-f-]{36}$/);
    const dueOn = (await admin.query<{ deadlines: { dueOn: string } }>("proposal.get", { id: proposalId })).deadlines.dueOn;
    const asked = addDays(dueOn, 30);
    const granted = addDays(dueOn, 20);

    // 3. The unit asks for more time before its deadline.
    await asPerson(base, unit, async (page) => {
      await page.goto(`${base}/admin/handling/${proposalId}`);
      await page.getByText(`请于 ${dueOn} 前答复提案者`).waitFor();
      await page.getByRole("button", { name: "申请延期" }).click();
      const dialog = page.getByRole("dialog").filter({ hasText: "申请延期办理" });
      await dialog.getByLabel("申请延至").fill(asked);
      await page.keyboard.press("Tab");
      await page.locator(".ant-picker-dropdown:visible").waitFor({ state: "detached" });
      await dialog.getByLabel("延期理由").fill("需会同教育部门联合排查全市培训机构，预计需延长一个月");
      await dialog.getByText("申请延期办理").click();
      await shot(page, "office-04-unit-asks-extension");
      await dialog.getByRole("button", { name: "提交申请" }).click();
      await dialog.waitFor({ state: "detached" });
      await page.getByTestId("extension-card").getByText("待审批").waitFor();
      await untilToastsGone(page);
      await shot(page, "office-05-unit-extension-pending");
    });

    // 4. The office grants a shorter extension from its list; the deadline moves everywhere.
    await asPerson(base, office, async (page) => {
      await page.goto(`${base}/admin/extensions`);
      const row = page.getByRole("row").filter({ hasText: title });
      await row.getByText(asked).waitFor();
      await page.locator(".ant-spin-blur").waitFor({ state: "detached" });
      await shot(page, "office-06-pending-extensions");
      await row.getByRole("button", { name: "审批" }).click();
      const dialog = page.getByRole("dialog").filter({ hasText: "审批延期申请" });
      await dialog.getByLabel("同意延至").fill(granted);
      await page.keyboard.press("Tab");
      await page.locator(".ant-picker-dropdown:visible").waitFor({ state: "detached" });
      await dialog.getByText("审批延期申请").click();
      await shot(page, "office-07-grant-extension");
      await dialog.getByRole("button", { name: "确认" }).click();
      await dialog.waitFor({ state: "detached" });
      await row.waitFor({ state: "detached" });
      await page.goto(`${base}/admin/proposals/${proposalId}`);
      await page.getByTestId("extension-card").getByText(`同意延至 ${granted}`).waitFor();
      await page.locator(".ant-timeline").getByText(`办理期限延至 ${granted}`).waitFor();
      await shot(page, "office-08-extension-granted");
    });

    await asPerson(base, unit, async (page) => {
      await page.goto(`${base}/admin/handling/${proposalId}`);
      await page.getByText(`请于 ${granted} 前答复提案者`).waitFor();
      // One extension per handling period (the council's rule): no second request is offered.
      expect(await page.getByRole("button", { name: "申请延期" }).count()).toBe(0);
      await shot(page, "office-09-unit-new-deadline");
    });
  });

  it("a unit asks to extend a suggestion's deadline; the office grants it and the unit's desk shows the new date", { timeout: 300_000 }, async () => {
    // Setup through the API, as the township's deliberation would leave it: a resident's suggestion routed to 市住建局.
    const townshipId = await liaisonTownshipId(base);
    const liaison = await apiSignIn(base, "liaison");
    const unitId = (await (await apiSignIn(base, "handler")).query<{ account: { handlingUnitId: string } }>("auth.me")).account.handlingUnitId;
    const topic = `雨天积水倒灌${Date.now().toString(36).slice(-4)}`;
    await submitPublicTopic(base, { townshipId, topic, description: "小区排水管道老化，雨天经常积水倒灌，居民出行不便，希望尽快改造。" });
    const topics = await liaison.query<{ items: { id: string; version: number; topic: string }[] }>("consultation.residentTopic.list", { state: "pending", townshipId });
    const accepted = topics.items.find((t) => t.topic === topic)!;
    await liaison.mutate("consultation.residentTopic.moderate", { id: accepted.id, version: accepted.version, type: "accept" });
    const { consultation } = await liaison.mutate<{ consultation: { id: string } }>("consultation.deliberation.scheduleFromTopics", {
      topicIds: [accepted.id],
      title: "排水改造民生议事会",
      plannedDate: todayInShanghai(),
    });
    const invited = await liaison.query<{ items: { memberId: string }[] }>("consultation.invitation.list", { consultationId: consultation.id, limit: 1 });
    await liaison.mutate("consultation.checkIn.mark", { consultationId: consultation.id, memberId: invited.items[0]!.memberId, present: true });
    const { version } = await liaison.query<{ version: number }>("consultation.get", { id: consultation.id });
    await liaison.mutate("consultation.transition", { id: consultation.id, version, event: { type: "hold" } });
    const content = "建议对小区老旧排水管网实施雨污分流改造，汛期前完成";
    const recorded = await liaison.mutate<{ id: string; version: number }>("consultation.suggestion.record", {
      consultationId: consultation.id,
      content,
      category: "livelihood",
      authorKind: "resident",
      authorName: null,
    });
    const deadline = addDays(todayInShanghai(), 20);
    await liaison.mutate("consultation.suggestion.route", { id: recorded.id, version: recorded.version, handlingUnitId: unitId, deadline });
    const asked = addDays(deadline, 15);
    const granted = addDays(deadline, 10);

    await asPerson(base, unit, async (page) => {
      await page.goto(`${base}/admin/suggestions`);
      const card = page.getByTestId("inbox-suggestion").filter({ hasText: content });
      await card.getByText(`请于 ${deadline} 前答复`).waitFor();
      await card.getByRole("button", { name: "申请延期" }).click();
      const dialog = page.getByRole("dialog").filter({ hasText: "申请延期办理" });
      await dialog.getByLabel("申请延至").fill(asked);
      await page.keyboard.press("Tab");
      await page.locator(".ant-picker-dropdown:visible").waitFor({ state: "detached" });
      await dialog.getByLabel("延期理由").fill("管网改造需与燃气管线迁改同步施工");
      await shot(page, "office-10-unit-asks-suggestion-extension");
      await dialog.getByRole("button", { name: "提交申请" }).click();
      await dialog.waitFor({ state: "detached" });
      await page.getByText("已提交延期申请，等待办公室审批").waitFor();
    });

    await asPerson(base, office, async (page) => {
      await page.goto(`${base}/admin/extensions`);
      const row = page.getByRole("row").filter({ hasText: content });
      await row.getByText("意见建议").waitFor();
      await row.getByRole("button", { name: "审批" }).click();
      const dialog = page.getByRole("dialog").filter({ hasText: "审批延期申请" });
      await dialog.getByLabel("同意延至").fill(granted);
      await page.keyboard.press("Tab");
      await page.locator(".ant-picker-dropdown:visible").waitFor({ state: "detached" });
      await dialog.getByRole("button", { name: "确认" }).click();
      await dialog.waitFor({ state: "detached" });
      await row.waitFor({ state: "detached" });
    });

    await asPerson(base, unit, async (page) => {
      await page.goto(`${base}/admin/suggestions`);
      const card = page.getByTestId("inbox-suggestion").filter({ hasText: content });
      await card.getByText(`请于 ${granted} 前答复`).waitFor();
      // The one extension the rule allows is used: the card says so and asks for no second one.
      await card.getByText(`已延期至 ${granted}`).waitFor();
      expect(await card.getByRole("button", { name: "申请延期" }).count()).toBe(0);
      await card.scrollIntoViewIfNeeded();
      await shot(page, "office-11-unit-suggestion-new-deadline");
    });
  });
});
