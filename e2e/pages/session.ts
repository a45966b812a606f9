import { expect, type Page } from '@playwright/test';

/**
 * The header's sign-in button: GitHub is the only provider, so it starts GitHub's flow at once
 * (below 1024 px it reads "Sign in"; its name still says GitHub).
 */
export const headerSignIn = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: 'Sign in with GitHub' });

/** The sign-in page's own button (the header holds another one of the same name). */
export const signInPageButton = (page: Page) =>
  page.getByRole('main').getByRole('button', { name: 'Sign in with GitHub' });

/** Waits until the page's status controls know who is signed in (or that nobody is). */
export async function waitForSession(page: Page, state: 'ready' | 'offline' = 'ready') {
  await page.locator(`[data-session="${state}"]`).first().waitFor();
}

/** Waits until no status change is still being saved (`timeout` for a slow `next dev`). */
export async function waitForSaves(page: Page, options: { timeout?: number } = {}) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, options);
}
