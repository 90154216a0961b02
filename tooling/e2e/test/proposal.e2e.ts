import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { shot } from "../src/browser";
import { asPerson, chooseOption, confirmPopover, demoMemberName, provisionMemberLogin, untilToastsGone } from "../src/proposalJourney";
import { apiSignIn } from "../src/trpcHttp";

const base = inject("baseUrl");

const title = "关于加快老旧小区加装电梯的建议";
const situation =
  "我市建成于上世纪九十年代的老旧小区多为六层以下住宅，没有电梯，老年住户上下楼十分困难。加装电梯需全体业主协商一致，费用分摊和低层住户补偿缺少统一标准，审批涉及规划、住建、市场监管等多个部门，流程长、周期久。";
const suggestions =
  "一是出台加装电梯费用分摊和补偿指导意见；二是设立一窗受理的联合审批，压缩审批时限；三是对加装电梯给予财政补助，并允许提取住房公积金；四是明确电梯建成后的维护保养责任。";

const office = { username: "admin", app: "admin", viewport: "desktop" } as const;
const unit = { username: "handler", app: "admin", viewport: "desktop" } as const;
const member = { username: "member", app: "portal", viewport: "phone" } as const;

/**
 * A joint proposal from the member's draft to closing, each person in their own app: the member
 * drafts it on a phone and invites a co-signer → the co-signer confirms in their own portal →
 * the office files and assigns it → the handling unit replies → the member is unsatisfied → the
 * unit handles it again → the member is satisfied → the office closes it.
 */
/**
 * The counts in a row of the office's statistics by unit (the rates are ratios of them), or
 * null when the row is absent. The demo city's year is already counted there, so journeys compare
 * the figures before and after what they did.
 */
async function statisticsCounts(page: Page, rowName: string): Promise<number[] | null> {
  await page.goto(`${base}/admin/proposal-statistics?by=handlingUnit`);
  await page.locator('[aria-label="按承办单位提案数量条形图"] canvas').waitFor();
  const row = page.getByRole("row").filter({ hasText: rowName });
  if ((await row.count()) === 0) return null;
  const cells = await row.first().getByRole("cell").allInnerTexts();
  expect(cells[0]).toBe(rowName);
  return countColumns.map((i) => Number(cells[i + 1]));
}

/** The count columns after the unit's name (the others are rates, 「—」 where nothing is counted yet). */
const countColumns = [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 21, 23];

const grown = (before: number[] | null, after: number[] | null) => after!.map((n, i) => n - (before?.[i] ?? 0));

describe("proposal journey across the portal and the admin app", () => {
  it("runs from the member's draft to closing", { timeout: 300_000 }, async () => {
    const cosigner = await provisionMemberLogin(base, `cosigner-${Date.now().toString(36)}`);
    const leadName = await demoMemberName(base);
    const cosignerPerson = { username: cosigner.username, app: "portal", viewport: "phone" } as const;
    let proposalPath = "";
    let before: number[] | null = null;
    await asPerson(base, office, async (page) => {
      before = await statisticsCounts(page, "市住建局");
    });

    // 1. The member writes the proposal on a phone and invites a fellow member to co-sign.
    await asPerson(base, member, async (page) => {
      await page.goto(`${base}/portal/proposals`);
      await page.getByRole("button", { name: "新建提案" }).click();
      await page.locator("#title").fill(title);
      await page.locator("#category").getByText("城乡建设", { exact: true }).click();
      await page.locator("#isLivelihood").getByText("是，民生类").click();
      await page.locator("#situation").fill(situation);
      await page.locator("#suggestions").fill(suggestions);
      await page.getByTestId("save-status").waitFor();
      await page.getByRole("button", { name: "邀请联名委员" }).click();
      await page.getByRole("searchbox", { name: "搜索委员" }).or(page.locator("#cosigner-search input")).first().fill(cosigner.name);
      await page.locator(`[data-member-id="${cosigner.memberId}"]`).click();
      await page.getByRole("button", { name: /邀请联名（1 人）/ }).click();
      await page.locator(`[data-cosigner="${cosigner.name}"]`).getByText("待确认").waitFor();
      await page.locator(".adm-popup-body").waitFor({ state: "hidden" });
      await untilToastsGone(page);
      await shot(page, "proposal-01-member-draft");
      // Submitting waits for the co-signer's answer; the portal says so above the form.
      await page.getByRole("button", { name: "提交", exact: true }).click();
      const problems = page.getByTestId("problems");
      await problems.getByText(/联名委员未确认/).waitFor();
      await problems.scrollIntoViewIfNeeded();
      await shot(page, "proposal-02-member-waits-for-cosigner");
      proposalPath = new URL(page.url()).pathname.replace(/\/edit$/, "");
    });
    expect(proposalPath).toMatch(/^\/portal\/proposals\/[0-9a-f-]{36}$/);

    // 2. The co-signer finds the invitation in their own portal and confirms.
    await asPerson(base, cosignerPerson, async (page) => {
      await page.goto(`${base}/portal/proposals`);
      const invitation = page.getByTestId("invitations");
      await invitation.getByText(title).waitFor();
      await invitation.getByText(`${leadName}邀请您联名`).waitFor();
      await shot(page, "proposal-03-cosigner-invitation");
      await invitation.getByRole("button", { name: "确认联名" }).click();
      await invitation.waitFor({ state: "detached" });
      await untilToastsGone(page);
      await shot(page, "proposal-04-cosigner-confirmed");
    });

    // 3. The member submits it.
    await asPerson(base, member, async (page) => {
      await page.goto(`${base}${proposalPath}/edit`);
      await page.locator(`[data-cosigner="${cosigner.name}"]`).getByText("已确认").waitFor();
      await page.getByRole("button", { name: "提交", exact: true }).click();
      await page.waitForURL((url) => url.pathname === proposalPath);
      await page.getByText("已提交").first().waitFor();
      await untilToastsGone(page);
      await shot(page, "proposal-05-member-submitted");
    });
    const adminPath = proposalPath.replace(/^\/portal/, "/admin");
    const handlerPath = adminPath.replace("/proposals/", "/handling/");

    // 4. The office finds it in the review queue, reviews and files it, and assigns it to 市住建局.
    await asPerson(base, office, async (page) => {
      await page.goto(`${base}/admin/proposals?status=submitted,underReview`);
      const row = page.getByRole("row").filter({ hasText: title });
      await row.getByText(`${leadName}等 2 人`).waitFor();
      await row.getByText("已提交").waitFor();
      await shot(page, "proposal-06-office-review-queue");
      await row.getByRole("link", { name: title }).click();
      await page.getByRole("heading", { name: title }).waitFor();
      await page.getByText(`${cosigner.name}（已确认）`).waitFor();
      await page.locator(".ant-timeline").getByText("提交", { exact: true }).waitFor();
      await shot(page, "proposal-07-office-detail");

      await page.getByRole("button", { name: "开始审查" }).click();
      await confirmPopover(page, "开始审查");
      await page.getByRole("button", { name: "立案", exact: true }).click();
      const filing = page.getByRole("dialog").filter({ hasText: "提案类别" });
      await filing.getByRole("button", { name: "确认立案" }).click();
      await filing.waitFor({ state: "detached" });
      await page.getByText(/^13-\d+-\d{3}$/).first().waitFor();
      await page.getByText("已立案").first().waitFor();
      await shot(page, "proposal-08-office-filed");

      await page.getByRole("button", { name: "交办", exact: true }).click();
      const dialog = page.getByRole("dialog").filter({ hasText: "办理时限" });
      await chooseOption(page, "主办单位", "市住建局");
      await dialog.getByText(/3 个月，\d{4}-\d{2}-\d{2} 前答复/).waitFor();
      await shot(page, "proposal-09-office-assign");
      await dialog.getByRole("button", { name: "确认交办" }).click();
      await dialog.waitFor({ state: "detached" });
      await page.getByText("办理中").first().waitFor();
      await page.getByText("市住建局（主办）").first().waitFor();
      await shot(page, "proposal-10-office-assigned");

      // The paper form, as it prints (the page asks the browser to print once loaded).
      await page.goto(`${base}${adminPath}/print`);
      await page.getByRole("article", { name: "提案打印稿" }).getByText(title).waitFor();
      await page.waitForFunction(() => (globalThis as unknown as { printed?: boolean }).printed === true);
      await page.emulateMedia({ media: "print" });
      await shot(page, "proposal-11-print-form");
    });

    // 5. The handling unit sees it on its desk, drafts the reply, saves it, then sends it.
    await asPerson(base, unit, async (page) => {
      await page.getByText("承办单位工作台").first().waitFor();
      await page.getByRole("link", { name: new RegExp(title) }).waitFor();
      await shot(page, "proposal-12-handler-desk");
      await page.goto(`${base}${handlerPath}`);
      await page.getByText("本单位为").waitFor();
      await page.getByText("请于").first().waitFor();
      await page.getByRole("radio", { name: /B 类/ }).check();
      await page.getByLabel("答复内容").fill("我局已将老旧小区加装电梯纳入明年城建计划，将会同规划、市场监管部门建立联合审批，并研究出台费用分摊指导意见。");
      await page.getByLabel("签发人").fill("李建国");
      await page.getByLabel("联系人及电话").fill("王科长 0573-85000000");
      await page.getByRole("button", { name: "保存草稿" }).click();
      await page.getByText(/草稿保存于/).waitFor();
      await untilToastsGone(page);
      await shot(page, "proposal-13-handler-reply-draft");
      await page.getByRole("button", { name: "发送答复" }).click();
      await confirmPopover(page, "发送");
      await page.getByText("已答复").first().waitFor();
      await page.getByText("本单位的办理任务已完成").waitFor();
      await shot(page, "proposal-14-handler-replied");
    });

    // 6. The member reads the reply and is not satisfied: it goes back to the unit.
    await asPerson(base, member, async (page) => {
      await page.goto(`${base}${proposalPath}`);
      const form = page.getByTestId("evaluation-form");
      await page.getByText(/联合审批/).first().waitFor();
      await form.scrollIntoViewIfNeeded();
      await form.locator("#overall").getByText("不满意", { exact: true }).click();
      await form.locator("#dimension-contact").getByText("满意", { exact: true }).click();
      await form.locator("#dimension-outcome").getByText("不满意", { exact: true }).click();
      await form.locator("#evaluation-comment").fill("答复没有明确的改造时间表和补助标准。");
      await shot(page, "proposal-15-member-unsatisfied");
      await form.getByRole("button", { name: "提交评价" }).click();
      await page.getByText("重新办理").first().waitFor();
      await untilToastsGone(page);
      await shot(page, "proposal-16-member-evaluated-rehandling");
    });

    // 7. The unit handles it again and replies a second time.
    await asPerson(base, unit, async (page) => {
      await page.goto(`${base}${handlerPath}`);
      await page.getByText("重新办理答复").waitFor();
      await page.getByText("答复没有明确的改造时间表和补助标准。").waitFor();
      await page.getByRole("radio", { name: /A 类/ }).check();
      await page.getByLabel("答复内容").fill("第一批 12 个小区加装电梯已于本月开工，第二批明年三月底前完成；每台补助 20 万元，标准和时间表已在社区公示。");
      await shot(page, "proposal-17-handler-rehandling");
      await page.getByRole("button", { name: "发送答复" }).click();
      await confirmPopover(page, "发送");
      await page.getByText("已答复").first().waitFor();
      await page.getByText("重新办理后答复").waitFor();
      await shot(page, "proposal-18-handler-replied-again");
    });

    // 8. Satisfied this time.
    await asPerson(base, member, async (page) => {
      await page.goto(`${base}${proposalPath}`);
      const form = page.getByTestId("evaluation-form");
      await page.getByText(/第一批 12 个小区/).first().waitFor();
      await form.scrollIntoViewIfNeeded();
      await form.locator("#overall").getByText("满意", { exact: true }).click();
      await form.locator("#dimension-contact").getByText("满意", { exact: true }).click();
      await form.locator("#dimension-outcome").getByText("基本满意", { exact: true }).click();
      await form.getByRole("button", { name: "提交评价" }).click();
      await page.getByText("已测评").first().waitFor();
      await page.getByText("重新办理后：").waitFor();
      await untilToastsGone(page);
      await shot(page, "proposal-19-member-satisfied");
    });

    // 9. The office closes it; the timeline tells the whole story, and the figures count it.
    await asPerson(base, office, async (page) => {
      await page.goto(`${base}${adminPath}`);
      await page.getByText("对重新办理").waitFor();
      await page.getByRole("button", { name: "办结", exact: true }).click();
      await confirmPopover(page, "办结");
      await page.getByText("已办结").first().waitFor();
      const timeline = page.locator(".ant-timeline");
      for (const step of ["起草", "邀请联名", "确认联名", "提交", "开始审查", "立案", "交办", "答复", "测评", "办结"]) {
        await timeline.getByText(step, { exact: true }).first().waitFor();
      }
      expect(await timeline.getByText("答复", { exact: true }).count()).toBe(2);
      await untilToastsGone(page);
      await shot(page, "proposal-20-office-closed");

      // Counted under the unit, on top of the demo year: received, filed, livelihood, one A-category
      // reply (the one that stands), satisfied.
      const after = await statisticsCounts(page, "市住建局");
      expect(grown(before, after)).toEqual([
        ...[1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1],
        // 提案构成: no collective proposal; the joint one, of the received and of the filed; not key, not merged.
        ...[0, 0, 1, 1, 0, 0],
      ]);
      await page.locator('[aria-label="答复类别分布图"] canvas').waitFor();
      await shot(page, "proposal-21-office-statistics");
    });
  });

  it("shows the office similar proposals beside the merge action, and the breakdowns with 未交办", { timeout: 120_000 }, async () => {
    // Two more members write on the same subject as the journey's proposal; the office files both (entered from paper).
    const admin = await apiSignIn(base, "admin");
    type Item = { id: string; version: number; title: string; sessionId: string };
    const journey = (await admin.query<{ items: Item[] }>("proposal.list", { limit: 50 })).items.find((i) => i.title === title)!;
    const { items: members } = await admin.query<{ items: { id: string }[] }>("roster.members.list", { status: "active", limit: 40 });
    const written = [
      { title: "关于推进既有住宅电梯加装工作的建议", situation: "既有多层住宅普遍未配电梯，居民加装电梯意愿强烈，但一楼住户反对、费用分摊争议多。", suggestions: "出台加装电梯统一指导意见，推行一站式审批。" },
      { title: "关于加大老旧小区电梯加装资金补助的建议", situation: "老旧小区加装电梯每台需资金五六十万元，财政补助标准偏低，居民出资压力较大。", suggestions: "提高加装电梯补助标准，允许提取住房公积金用于加装电梯。" },
    ];
    const ids: string[] = [];
    let unassignedBefore: number[] | null = null;
    await asPerson(base, office, async (page) => {
      unassignedBefore = await statisticsCounts(page, "未交办");
    });
    for (const [k, w] of written.entries()) {
      const proposer = { kind: "member", memberId: members[30 + k]!.id };
      let p = await admin.mutate<Item>("proposal.create", { sessionId: journey.sessionId, proposer, ...w, category: "urbanRural", isLivelihood: true });
      for (const step of ["submit", "startReview", "file"]) p = await admin.mutate<Item>(`proposal.${step}`, { id: p.id, version: p.version });
      ids.push(p.id);
    }
    await asPerson(base, office, async (page) => {
      await page.goto(`${base}/admin/proposals/${ids[0]}`);
      const panel = page.getByTestId("similar-proposals");
      await panel.getByRole("link", { name: written[1]!.title }).waitFor();
      await panel.getByRole("link", { name: title }).waitFor();
      await panel.getByText("已办结").waitFor();
      await panel.getByText(/^案号 13-\d+-\d{3}$/).first().waitFor();
      await panel.getByRole("button", { name: "并案…" }).waitFor();
      await shot(page, "proposal-23-office-similar");
      await panel.getByRole("link", { name: title }).click();
      await page.getByRole("heading", { name: title }).waitFor();

      expect(grown(unassignedBefore, await statisticsCounts(page, "未交办")).slice(0, 2)).toEqual([2, 2]);
      await page.locator('[aria-label="提案构成条形图"] canvas').waitFor();
      await page.getByText("联名提案立案").first().scrollIntoViewIfNeeded();
      await shot(page, "proposal-24-office-statistics-breakdown");
    });
  });

  it("a handling unit cannot open the office's proposal pages, even by address", async () => {
    await asPerson(base, unit, async (page) => {
      for (const path of ["/admin/proposals", "/admin/proposal-statistics"]) {
        await page.goto(`${base}${path}`);
        await page.getByText("无权访问").waitFor();
      }
      await shot(page, "proposal-22-handler-forbidden");
    });
  });
});
