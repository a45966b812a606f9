import { expect, type Page } from '@playwright/test';

import { roadmapPath, topicPath } from '../lib/routes';
import { signInAs, uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';
import { waitForSession } from './pages/session';

/** home → roadmap → topic → next → previous → back, as a reader clicks through it. */
export async function readerJourney(page: Page) {
  const roadmap = firstRoadmap();
  const [first, second] = allTopics(roadmap);
  if (!first || !second) throw new Error('The first roadmap needs at least two topics');

  await page.goto('/');
  await page.getByRole('link', { name: roadmap.title, exact: true }).first().click();
  await expect(page).toHaveURL(roadmapPath(roadmap.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${roadmap.title} roadmap`);

  await page.getByRole('link', { name: first.topic.title }).first().click();
  await expect(page).toHaveURL(topicPath(roadmap.id, first.topic.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.topic.title);

  const pager = page.getByRole('navigation', { name: 'Previous and next topic' });
  await pager.getByRole('link', { name: /Next topic/ }).click();
  await expect(page).toHaveURL(topicPath(roadmap.id, second.topic.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.topic.title);

  await pager.getByRole('link', { name: /Previous topic/ }).click();
  await expect(page).toHaveURL(topicPath(roadmap.id, first.topic.id));

  await page.goBack();
  await expect(page).toHaveURL(topicPath(roadmap.id, second.topic.id));
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: roadmap.title })
    .click();
  await expect(page).toHaveURL(roadmapPath(roadmap.id));
}

/**
 * A visitor who kept things in the browser signs in as a new learner (from the page the test is
 * on) and is told what was added to the account; answers the new login.
 */
export async function signInWithBrowserData(page: Page, loginPrefix: string, added: string) {
  const login = uniqueLogin(loginPrefix);
  await signInAs(page, login);
  await waitForSession(page);
  await expect(page.getByRole('status').filter({ hasText: added })).toBeVisible();
  return login;
}
