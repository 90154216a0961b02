import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { shot } from "../src/browser";
import { asPerson } from "../src/proposalJourney";
import { ownServer, thisYear } from "../src/ownServer";
import { shotViewport } from "../src/shotViewport";
import { apiSignIn, type HttpApi } from "../src/trpcHttp";

// Its own server: this journey publishes this year's table, which the journeys on the shared server
// must find absent (they start it themselves).
const server = ownServer();

const office = { username: "admin", app: "admin", viewport: "desktop" } as const;
const year = thisYear;

type Clause = { code: string; category: string; points: number; cap: number | null; split?: unknown };
type Document = { name: string; categories: { code: string; cap: number | null }[]; clauses: Clause[]; bands: { min: number | null }[] };
type Stored = { version: number; status: string; document: Document };
type Line = { clause: { code: string; category: string } | null; raw: number };
type Record = { score: { total: number }; entries: { points: Line[] }[] };
type Ranking = { items: { memberId: string; name: string; total: number }[] };

const totalOf = async (admin: HttpApi, memberId: string) => {
  const { items } = await admin.query<Ranking>("duty.ranking", { year });
  const item = items.find((i) => i.memberId === memberId);
  if (!item) throw new Error("the demo member is not in the ranking");
  return item;
};

/**
 * A clause whose every point the member keeps: a plain clause (no split, no clause cap) the member has
 * entries under at its full points, in a category with no deductions and not at its cap. Taking a
 * point off it then takes exactly one point per entry off the member's total, which the journey checks.
 */
function clauseToLower(table: Document, record: Record) {
  const scored = record.entries.flatMap((e) => e.points);
  for (const [index, clause] of table.clauses.entries()) {
    if (clause.split || clause.cap != null || clause.points < 1) continue;
    const lines = scored.filter((l) => l.clause?.code === clause.code);
    if (lines.length === 0 || lines.some((l) => l.raw !== clause.points)) continue;
    const inCategory = scored.filter((l) => l.clause?.category === clause.category);
    if (inCategory.some((l) => l.raw < 0)) continue;
    const cap = table.categories.find((c) => c.code === clause.category)!.cap;
    if (cap != null && inCategory.reduce((sum, l) => sum + l.raw, 0) > cap) continue;
    return { index, clause, entries: lines.length };
  }
  throw new Error("the demo member has no entry under a plain uncapped clause of the table");
}

const field = (row: Locator, label: string) => row.getByLabel(label, { exact: true });
async function retype(input: Locator, value: string) {
  await input.fill("");
  await input.fill(value);
}
const save = (page: Page) => page.getByRole("button", { name: "保存草稿" }).click();

/**
 * 考评表: the office opens the year's draft from the ranking, takes a point off a clause the demo member
 * scores under and raises a band's bound, saves, and the member's total in the ranking drops by one
 * point per entry under that clause. A wrong bound is named on its field; a save over someone else's
 * is refused with a reload; published, the table is read-only with its day.
 */
describe("the office edits the year's evaluation table clause by clause", () => {
  it("saves a draft that rescores the ranking, refuses a wrong or stale one, and freezes when published", { timeout: 300_000 }, async () => {
    const base = server.base;
    const admin = await apiSignIn(base, "admin");
    const me = await apiSignIn(base, "member");
    const { account } = await me.query<{ account: { memberId: string; displayName: string } }>("auth.me");
    const memberId = account.memberId;
    // Off the platform (no opinion-report module writes them yet): an entry the preset scores in a category far from its cap.
    const today = new Intl.DateTimeFormat("sv", { timeZone: "Asia/Shanghai" }).format(new Date());
    await admin.mutate("duty.addEntry", { memberId, kind: "opinionReportSubmitted", occurredOn: today, description: "报送关于菜市场改造的社情民意信息", evidence: "信息报送登记表" });
    let { table } = await admin.query<{ table: Stored | null }>("evaluation.table.get", { year });
    if (!table) table = await admin.mutate<Stored>("evaluation.table.saveDraft", { year, version: null, startFrom: { preset: "tongcheng2019" } });
    expect(table.status).toBe("draft");
    const record = await admin.query<Record>("duty.record", { memberId, year });
    const target = clauseToLower(table.document, record);
    const before = await totalOf(admin, memberId);
    expect(before.total).toBe(record.score.total);
    const expected = before.total - target.entries;
    const bound = table.document.bands[0]!.min! + 5;

    await asPerson(base, office, async (page) => {
      await page.goto(`${base}/admin/duty-ranking`);
      await page.getByTestId("evaluation-table").getByRole("button", { name: "编辑草稿" }).click();
      await page.waitForURL(`**/admin/duty-ranking/table/${year}`);
      await page.getByText(`${year} 年度考评表`).waitFor();
      const clause = page.getByTestId(`clauses-${target.index}`);
      expect(await field(clause, "分值").inputValue()).toBe(String(target.clause.points));
      await shot(page, "evaluation-table-01-draft");

      await retype(field(clause, "分值"), String(target.clause.points - 1));
      await retype(field(page.getByTestId("bands-0"), "下限（含）"), String(bound));
      await save(page);
      await page.getByText("考评表草稿已保存，本年度得分已按新规则重新计算").waitFor();
      const saved = await admin.query<{ table: Stored }>("evaluation.table.get", { year });
      expect(saved.table.document.clauses[target.index]!.points).toBe(target.clause.points - 1);
      expect(saved.table.document.bands[0]!.min).toBe(bound);

      // The ranking the office comes back to is rescored: one point less per entry under the clause.
      const after = await totalOf(admin, memberId);
      expect(after.total).toBe(expected);
      await page.getByRole("link", { name: "返回履职考评排名" }).click();
      const row = page.getByRole("row").filter({ hasText: account.displayName });
      await row.getByText(String(expected), { exact: true }).waitFor();
      await shot(page, "evaluation-table-02-ranking-rescored");

      // A wrong value: the lowest band given a bound is refused on that very field.
      await page.getByTestId("evaluation-table").getByRole("button", { name: "编辑草稿" }).click();
      const lowest = page.getByTestId(`bands-${saved.table.document.bands.length - 1}`);
      await retype(field(lowest, "下限（含）"), "10");
      await save(page);
      await lowest.getByText("档次第2条：最低档次不设下限").waitFor();
      await shotViewport(page, "evaluation-table-03-field-error");

      // Someone else saves meanwhile: this page's save is refused, and 刷新 loads their version.
      await page.reload();
      await field(page.getByTestId("bands-0"), "下限（含）").waitFor();
      const current = await admin.query<{ table: Stored }>("evaluation.table.get", { year });
      const renamed = `${current.table.document.name}（修订）`;
      await admin.mutate("evaluation.table.saveDraft", { year, version: current.table.version, document: { ...current.table.document, name: renamed } });
      await retype(field(page.getByTestId(`clauses-${target.index}`), "分值"), String(target.clause.points));
      await save(page);
      const stale = page.getByRole("alert").filter({ hasText: "考评表已被他人修改，请刷新" });
      await stale.waitFor();
      await shotViewport(page, "evaluation-table-04-stale");
      await stale.getByRole("button", { name: "刷新" }).click();
      await stale.waitFor({ state: "detached" });
      await expect.poll(() => page.getByLabel("考评表名称", { exact: true }).inputValue()).toBe(renamed);
      expect(await field(page.getByTestId(`clauses-${target.index}`), "分值").inputValue()).toBe(String(target.clause.points - 1));

      // Published: the same table, frozen, with the day.
      await page.getByRole("button", { name: "发布" }).click();
      await page.getByRole("tooltip").getByRole("button", { name: "发布" }).click();
      await page.getByText(/已于 \d{4}-\d{2}-\d{2} 发布 · 不再变动/).waitFor();
      expect(await page.getByRole("button", { name: "保存草稿" }).count()).toBe(0);
      expect(await field(page.getByTestId(`clauses-${target.index}`), "分值").isDisabled()).toBe(true);
      await shot(page, "evaluation-table-05-published");
      await page.goto(`${base}/admin/duty-ranking`);
      await page.getByTestId("evaluation-table").getByRole("button", { name: "查看" }).click();
      await page.getByText(/已于 \d{4}-\d{2}-\d{2} 发布/).waitFor();
    });
    expect((await admin.query<{ table: Stored }>("evaluation.table.get", { year })).table.status).toBe("published");
    expect((await totalOf(admin, memberId)).total).toBe(expected);
  });
});
