import type { Page } from "playwright-core";

export const demoPassword = "demo1234";

/** Fills the sign-in form of any of the three apps (they share the field ids) and submits. */
export async function signIn(page: Page, username: string, password = demoPassword) {
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
}
