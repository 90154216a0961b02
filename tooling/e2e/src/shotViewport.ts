import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { screenshotDir } from "./browser";

// Runs in the page (as text: this package has no DOM types).
const settle = `Promise.race([
  Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))),
  new Promise((resolve) => setTimeout(resolve, 2000)),
])`;

/**
 * What the person sees, not the whole page: drawers and dialogs are fixed to the window, so a
 * full-page picture of a long list would show them floating halfway down it.
 */
export async function shotViewport(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  // A drawer sliding in would be caught half-way: let running animations finish (infinite ones, like a spinner, never do).
  await page.evaluate(settle);
  // antd-mobile animates in JavaScript (react-spring), which the page's animation list does not show.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}
