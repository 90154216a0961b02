import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { screenshotDir, shot } from "../src/browser";
import { asPerson } from "../src/proposalJourney";
import { ownServer, thisYear } from "../src/ownServer";
import { shotViewport } from "../src/shotViewport";
import { apiSignIn } from "../src/trpcHttp";

// Its own server: this journey writes this year's evaluation table and the demo member's entries,
// which the duty record journey on the shared server must find absent.
const server = ownServer();
const office = { username: "admin", app: "admin", viewport: "desktop" } as const;
const year = thisYear;
// The rule most published tables carry (the domain's default exit trigger), added to the preset's draft.
const plenaryAbsences = { type: "entryCount", code: "plenaryAbsences", label: "一届内两次无故缺席全体会议", consequence: "提请审查委员资格", kinds: ["plenaryAbsence"], count: 2, within: "term" };
const today = new Intl.DateTimeFormat("sv", { timeZone: "Asia/Shanghai" }).format(new Date());

/**
 * 履职预警: the demo member missed the plenary without leave last year and this year (entered as the
 * office's off-platform entries: no plenary module writes them yet), so this year's table — the
 * Tongcheng preset with the common exit triggers — warns of them. The office opens 履职预警, records
 * a talk, and opens the member's printed annual record, which must lay out on A4 pages.
 */
describe("the office's warnings list and the printed annual record", () => {
  it("records a talk on a warning and prints the member's year on A4", { timeout: 240_000 }, async () => {
    const base = server.base;
    const admin = await apiSignIn(base, "admin");
    const me = await apiSignIn(base, "member");
    const { account } = await me.query<{ account: { memberId: string; displayName: string } }>("auth.me");
    const memberId = account.memberId;
    const add = (kind: string, occurredOn: string, description: string) => admin.mutate("duty.addEntry", { memberId, kind, occurredOn, description, evidence: "大会签到册" });
    await add("plenaryAbsence", `${year - 1}-01-10`, "未请假缺席全体会议");
    await add("plenaryAbsence", `${year}-01-10`, "未请假缺席全体会议");
    await add("opinionReportSubmitted", `${year}-01-20`, "报送关于老旧小区加装电梯的社情民意信息");
    // Enough entries that the printed record runs onto a second page.
    for (let i = 1; i <= 28; i++) await add("research", `${year}-01-${String((i % 28) + 1).padStart(2, "0")}`, `参加第${i}次专题调研（养老服务、社区治理）`);
    await admin.mutate("evaluation.table.saveDraft", { year, version: null, startFrom: { preset: "tongcheng2019" } });
    const { table } = await admin.query<{ table: { version: number; document: Record<string, unknown> } }>("evaluation.table.get", { year });
    await admin.mutate("evaluation.table.saveDraft", { year, version: table.version, document: { ...table.document, exitTriggers: [plenaryAbsences] } });

    const { score } = await admin.query<{ score: { total: number } }>("duty.record", { memberId, year });
    const total = score.total;

    await asPerson(base, office, async (page) => {
      await page.goto(`${base}/admin/duty-warnings`);
      const row = page.getByRole("row").filter({ hasText: account.displayName });
      await row.getByText(`一届内两次无故缺席全体会议`).waitFor();
      await row.getByText(`${year - 1}、${year} 年共 2 次全体会议无故缺席（达到 2 次）`).waitFor();
      // The demo year may have credited the member more; the band's line names whatever the record totals.
      if (total < 60) await row.getByText(`${year} 年度考评 ${total} 分，低于「合格」的 60 分，属「不合格」档`).waitFor();
      await row.getByText("未处理").waitFor();
      await shot(page, "warnings-01-list");

      await row.getByRole("button", { name: "记录处理" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("谈话提醒").click();
      await dialog.getByRole("button", { name: "记 录" }).or(dialog.getByRole("button", { name: "记录" })).click();
      await dialog.getByText("请填写处理情况").first().waitFor();
      await dialog.getByLabel("处理情况").fill("分管副主席与委员谈话，委员说明缺席原因并承诺今后按时参会");
      await shotViewport(page, "warnings-02-record-talk");
      await dialog.getByRole("button", { name: "记 录" }).or(dialog.getByRole("button", { name: "记录" })).click();
      await dialog.waitFor({ state: "hidden" });
      await row.getByText(`${today} 分管副主席与委员谈话`).waitFor();
      await row.getByText("谈话提醒").waitFor();
      expect(await row.getByText("未处理").count()).toBe(0);
      await shotViewport(page, "warnings-03-talk-recorded");

      // The printed record opens in its own tab.
      const [printed] = await Promise.all([page.context().waitForEvent("page"), row.getByRole("link", { name: "打印年度档案" }).click()]);
      await printed.waitForURL((url) => url.pathname === `/admin/duty-record/${memberId}/${year}/print`);
      const record = printed.getByRole("article", { name: "年度履职档案打印稿" });
      await record.getByText(`委员年度履职档案（${year} 年度）`).waitFor();
      await record.getByText("考评表尚未发布：本档案按草稿计分，分数可能调整，不作为最终考评结果").waitFor();
      await record.getByText("办公室登记：报送关于老旧小区加装电梯的社情民意信息（佐证：大会签到册）").waitFor();
      expect(await record.locator("tbody tr").filter({ hasText: "参加调研" }).count()).toBe(28);
      await record.getByText("经办人：").waitFor();
      await shot(printed, "warnings-04-printed-record");
      const pdf = await printed.pdf({ format: "A4", preferCSSPageSize: true });
      mkdirSync(screenshotDir, { recursive: true });
      writeFileSync(join(screenshotDir, "warnings-05-printed-record.pdf"), pdf);
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(2);
      // 30 entries this year: more than one page, and never a row to a page.
      expect(pages).toBeLessThanOrEqual(5);
    });
  });
});
