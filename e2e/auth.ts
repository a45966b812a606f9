import { expect, type Page } from '@playwright/test';

import { headerSignIn } from './pages/session';
import { mockGitHubUrl } from './support/local-github';

/** Signs in through the mock GitHub as `login`, starting from the page the test is on. */
export async function signInAs(page: Page, login: string) {
  await headerSignIn(page).click();
  await authorizeAs(page, login);
}

/** On the mock GitHub's authorize page a sign-in led to: lets `login` in. */
export async function authorizeAs(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${mockGitHubUrl}/login/oauth/authorize`));
  const known = page.getByRole('button', { name: `Authorize as ${login}` });
  if (await known.count()) return known.click();
  await page.getByRole('textbox', { name: 'Another GitHub login' }).fill(login);
  await page.getByRole('button', { name: 'Authorize this login' }).click();
}

/** A GitHub login no other test uses, so parallel tests never share a learner. */
export function uniqueLogin(prefix = 'learner') {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function accountButton(page: Page) {
  return page.getByRole('button', { name: /account menu/ });
}

export async function signOut(page: Page) {
  await accountButton(page).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are signed out');
  await expect(headerSignIn(page)).toBeVisible();
}

/**
 * Mock GitHub's controls: rename a user, make the token exchange fail, ignore PKCE for a user,
 * reset everything.
 */
export async function mockGitHub(
  path: 'rename' | 'token-mode' | 'ignore-pkce' | 'reset',
  body: object = {},
) {
  const response = await fetch(`${mockGitHubUrl}/__admin/${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`mock GitHub ${path} failed: ${response.status}`);
}
