import { afterAll, afterEach } from "vitest";
import { openBrowser, type Browser } from "./browser";
import { shotViewport } from "./shotViewport";

/**
 * The browsers a journey file opens, closed after it; a failed step leaves what every one of them
 * showed at that moment (`<name>-failed-<n>.png`). Call once at the top of a test file.
 */
export function journeyBrowsers(name: string) {
  const browsers: Browser[] = [];
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail") await Promise.all(browsers.map((b, i) => shotViewport(b.page, `${name}-failed-${i + 1}`).catch(() => undefined)));
  });
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
  });
  return async (viewport: "desktop" | "phone") => {
    const b = await openBrowser(viewport);
    browsers.push(b);
    return b.page;
  };
}
