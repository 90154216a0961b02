import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { shot } from "../src/browser";
import { asPerson } from "../src/proposalJourney";
import { shotViewport } from "../src/shotViewport";
import { apiSignIn, type HttpApi } from "../src/trpcHttp";

const base = inject("baseUrl");
const office = { username: "admin", app: "admin", viewport: "desktop" } as const;
const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));

type Figure = { id: string; label: string; unit: string; status: string; value: number | null; note: string | null; definition: string };
type Report = { period: { label: string }; figures: Figure[] };

/** What a card shows for a counted figure: the count as digits, a share with one decimal. */
const shown = (f: Figure) => (f.unit === "%" ? `${(Math.round(f.value! * 1000) / 10).toFixed(1)} %` : String(f.value));
const card = (page: Page, label: string) => page.getByRole("group", { name: label, exact: true });

/** Every card says what the API answered for the same filters: its number, or why it has none. */
async function expectCards(page: Page, report: Report) {
  for (const f of report.figures) {
    const c = card(page, f.label);
    expect(await c.getAttribute("data-status"), f.id).toBe(f.status);
    if (f.status === "counted" && f.value !== null) await c.locator(".ant-statistic-content").getByText(shown(f), { exact: true }).waitFor();
    else await c.getByText(f.note!, { exact: true }).waitFor();
  }
}

async function figuresOf(admin: HttpApi, input: Record<string, unknown>): Promise<Report> {
  return admin.query<Report>("figures.get", input);
}

/**
 * 数说: the office opens the figures of the demo year (this year), each card equal to the API's own
 * answer; narrows to a township, where city meetings say they are not counted by township; sees the
 * unbuilt modules marked as such; reads a definition; exports the Excel file and checks its header.
 */
describe("数说: the report's figures from the records", () => {
  it("shows the year's figures, filters by township, marks unbuilt modules and exports Excel", { timeout: 240_000 }, async () => {
    const admin = await apiSignIn(base, "admin");
    const { townships } = await admin.query<{ townships: { id: string; name: string }[] }>("roster.lookups");
    const danghu = townships.find((t) => t.name === "当湖街道")!;
    const whole = await figuresOf(admin, { year });
    // The demo year held consultations and received proposals: the page must show real numbers, not only zeros.
    expect(whole.figures.find((f) => f.id === "consultationEvents")!.value).toBeGreaterThan(0);
    expect(whole.figures.find((f) => f.id === "proposalsReceived")!.value).toBeGreaterThan(0);

    await asPerson(base, office, async (page) => {
      await page.getByRole("menuitem", { name: "数说" }).click();
      await page.waitForURL((url) => url.pathname === "/admin/figures");
      await page.getByText(`统计期间：${year} 年`).waitFor();
      await expectCards(page, whole);
      await page.getByRole("img", { name: `${year} 年逐月趋势折线图` }).locator("canvas").waitFor();
      await shot(page, "figures-01-year");

      // An unbuilt module: greyed, with the reason, never a 0.
      const reports = card(page, "社情民意信息");
      await reports.getByText("该模块尚未上线（社情民意信息）").waitFor();
      expect(await reports.locator(".ant-statistic-content").innerText()).not.toContain("0");
      // A definition opens in full.
      const plenary = card(page, "大会发言");
      await plenary.getByText("口径", { exact: true }).click();
      await plenary.getByText(whole.figures.find((f) => f.id === "plenarySpeeches")!.definition, { exact: false }).waitFor();
      await reports.scrollIntoViewIfNeeded();
      await shotViewport(page, "figures-02-unbuilt-and-definition");

      // One township: the figures of its own meetings and its members; city meetings say they are not counted by township.
      const township = page.getByRole("combobox", { name: "镇街道" });
      await township.click();
      await township.fill(danghu.name);
      await page.locator(`.ant-select-dropdown .ant-select-item-option[title="${danghu.name}"]`).click();
      await page.waitForURL((url) => url.searchParams.get("township") === danghu.id);
      const local = await figuresOf(admin, { year, townshipId: danghu.id });
      await page.getByText(`统计范围：${danghu.name}`).waitFor();
      await expectCards(page, local);
      await card(page, "「请你来协商」").getByText("此项不按镇街道统计").waitFor();
      expect(local.figures.find((f) => f.id === "proposalsReceived")!.value).toBeLessThanOrEqual(whole.figures.find((f) => f.id === "proposalsReceived")!.value!);
      await shot(page, "figures-03-township");

      // Excel: the same figures with their definitions, the header row first.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 Excel" }).click()]);
      expect(download.suggestedFilename()).toBe(`数说-${year} 年-${danghu.name}.xlsx`);
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["项目", "数值", "单位", "统计口径", "所属模块", "说明"]);
      expect(sheet.rowCount).toBe(local.figures.length + 1);
      const received = local.figures.find((f) => f.id === "proposalsReceived")!;
      const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === received.label)!;
      expect(row.getCell(2).value).toBe(String(received.value));
      await page.getByText(/^已导出 \d+ 项数据/).waitFor();
      await shotViewport(page, "figures-04-exported");
    });
  });
});
