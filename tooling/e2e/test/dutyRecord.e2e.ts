import { describe, inject, it } from "vitest";
import { shot } from "../src/browser";
import { asPerson } from "../src/proposalJourney";
import { shotViewport } from "../src/shotViewport";
import { apiSignIn } from "../src/trpcHttp";

const base = inject("baseUrl");
const member = { username: "member", app: "portal", viewport: "phone" } as const;
const office = { username: "admin", app: "admin", viewport: "desktop" } as const;

const title = "关于完善社区养老服务网点布局的建议";
const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
const today = new Intl.DateTimeFormat("sv", { timeZone: "Asia/Shanghai" }).format(new Date());

/**
 * 履职档案: what the member did this year (a proposal submitted in the portal, a plenary and a
 * research trip the office recorded) is scored under the year's draft table; the member follows a
 * point to its proposal on a phone, and the office reads the ranking and the member's record.
 */
describe("the member's duty record and the office's ranking", () => {
  it("lets the member follow a point to its source, and the office rank and open the record", { timeout: 240_000 }, async () => {
    const admin = await apiSignIn(base, "admin");
    const me = await apiSignIn(base, "member");
    const { account } = await me.query<{ account: { memberId: string; displayName: string } }>("auth.me");
    const { terms } = await admin.query<{ terms: { sessions: { id: string; startDate: string; endDate: string }[] }[] }>("roster.lookups");
    const sessions = terms[0]!.sessions;
    const session = sessions.find((s) => s.startDate <= today && today <= s.endDate) ?? sessions[sessions.length - 1]!;
    const p = await me.mutate<{ id: string; version: number }>("proposal.create", {
      sessionId: session.id,
      proposer: { kind: "member", memberId: account.memberId },
      title,
      situation: "我市社区养老服务网点分布不均，老城区网点密集而新建小区几乎空白，部分老人需步行二十分钟以上才能到达最近的服务点。",
      suggestions: "一是按常住老年人口编制网点布局规划；二是新建小区同步配建养老服务用房；三是引导社会力量运营。",
      category: "society",
      isLivelihood: true,
    });
    await me.mutate("proposal.submit", { id: p.id, version: p.version });
    await admin.mutate("duty.addEntry", { memberId: account.memberId, kind: "plenaryAttendance", occurredOn: `${year}-01-10`, description: "出席全体会议", evidence: "大会签到册" });
    await admin.mutate("duty.addEntry", { memberId: account.memberId, kind: "research", occurredOn: today, description: "参加养老服务专题调研", evidence: "调研通知及签到表" });

    let expected = { total: 0, band: { label: "" } };
    // The office starts the year's table from the Tongcheng preset on the ranking page.
    await asPerson(base, office, async (page) => {
      await page.goto(`${base}/admin/duty-ranking`);
      const table = page.getByTestId("evaluation-table");
      await table.getByText(`${year} 年度尚未建立考评表`).waitFor();
      await table.getByRole("combobox").click();
      await page.getByTitle(/桐城/).click();
      await table.getByRole("button", { name: "建立草稿" }).click();
      await table.getByText("草稿 · 分数可能调整").waitFor();
      const row = page.getByRole("row").filter({ hasText: account.displayName });
      await row.waitFor();
      // The demo year already credits the member (meetings, proposals); the journey's entries count on top,
      // and the ranking shows the total the record computes.
      const { score } = await admin.query<{ score: { total: number; band: { label: string } } }>("duty.record", { memberId: account.memberId, year });
      expected = score;
      await row.getByText(String(score.total), { exact: true }).waitFor();
      await shot(page, "duty-01-office-ranking");

      await row.getByRole("button", { name: account.displayName }).click();
      const record = page.getByTestId("duty-record");
      await record.getByRole("link", { name: title }).waitFor();
      await record.getByText("办公室登记：参加养老服务专题调研（佐证：调研通知及签到表）").waitFor();
      await record.scrollIntoViewIfNeeded();
      await shotViewport(page, "duty-02-office-member-record");
    });

    // The member opens 履职 on a phone, sees the year at a glance, and follows the proposal's points to it.
    await asPerson(base, member, async (page) => {
      await page.goto(`${base}/portal/duty`);
      const summary = page.getByTestId("duty-summary");
      await summary.getByText(String(expected.total), { exact: true }).waitFor();
      await summary.getByText(expected.band.label, { exact: true }).waitFor();
      await summary.getByText("按考评表草稿计分（尚未发布，分数可能调整）").waitFor();
      await shot(page, "duty-03-member-year");
      const entries = page.getByTestId("duty-entries");
      const proposalEntry = entries.locator('[data-entry-kind="proposalSubmitted"]').filter({ hasText: title });
      await proposalEntry.getByText(/【提交提案】/).first().waitFor();
      const research = entries.locator('[data-entry-kind="research"]');
      await research.click();
      await page.getByText("调研通知及签到表").waitFor();
      await shotViewport(page, "duty-04-member-manual-entry");
      await page.getByRole("button", { name: "关闭" }).click();
      await proposalEntry.click();
      await page.waitForURL((url) => url.pathname === `/portal/proposals/${p.id}`);
      await page.getByText(title).first().waitFor();
      await shotViewport(page, "duty-05-member-followed-to-proposal");
    });
  });
});
