import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

// Debian's chromium, never a downloaded browser; the flags keep it off this machine's closed network.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const screenshotDir = fileURLToPath(new URL("../screenshots/", import.meta.url));

export const viewports = {
  desktop: { width: 1366, height: 860 },
  tablet: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> };

/** A fresh profile per browser, so no cookie or cache leaks between journeys. */
export async function openBrowser(viewport: keyof typeof viewports = "desktop"): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "cppcc-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args,
    headless: true,
    viewport: viewports[viewport],
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    ...(viewport === "phone" && { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Every journey step leaves a picture behind for a person to look at. */
export async function shot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
