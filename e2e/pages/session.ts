import { expect, type Page } from '@playwright/test';

/** Waits until the page's status controls know who is signed in (or that nobody is). */
export async function waitForSession(page: Page, state: 'ready' | 'offline' = 'ready') {
  await page.locator(`[data-session="${state}"]`).first().waitFor();
}

/** Waits until no status change is still being saved (`timeout` for a slow `next dev`). */
export async function waitForSaves(page: Page, options: { timeout?: number } = {}) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, options);
}
