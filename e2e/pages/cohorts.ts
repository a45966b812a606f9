import { expect, type Browser, type Page } from '@playwright/test';

import { cohortsPath } from '../../lib/routes';
import { accountButton, signInAs, uniqueLogin } from '../auth';
import { firstRoadmap } from '../content';

/** The cohort pages as the journeys use them: each learner in a browser of their own. */

/** A learner of this test in a browser of their own, signed in (with JavaScript, for the OAuth flow). */
export async function cohortLearner(browser: Browser, role: string, javaScriptEnabled = true) {
  const login = uniqueLogin(`cohort-${role}`);
  const signingIn = await browser.newContext();
  const page = await signingIn.newPage();
  await page.goto('/');
  await signInAs(page, login);
  // The first sign-in of a run meets a cold server: give it the time a busy machine needs.
  await expect(accountButton(page)).toContainText(login, { timeout: 20_000 });
  if (javaScriptEnabled) return { page, login };
  const storageState = await signingIn.storageState();
  await signingIn.close();
  const context = await browser.newContext({ storageState, javaScriptEnabled });
  return { page: await context.newPage(), login };
}

/** On /cohorts: starts a cohort and answers its page's URL. */
export async function startCohort(page: Page, name: string) {
  await page.goto(cohortsPath);
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('combobox', { name: 'Roadmap' }).selectOption(firstRoadmap().id);
  await page.getByRole('button', { name: 'Start the cohort' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(page.url()).toMatch(/\/cohorts\/[0-9a-f-]{36}$/);
  return page.url();
}

/** On the cohort's page: makes an invite link and answers it. */
export async function makeInvite(page: Page) {
  await page.getByRole('button', { name: 'Make an invite link' }).click();
  const link = page.getByRole('textbox', { name: /Invite link/ });
  await expect(link).toHaveValue(/\/join\/[A-Za-z0-9_-]{43}$/);
  return link.inputValue();
}

export const joinButton = (page: Page) => page.getByRole('button', { name: 'Join the cohort' });
