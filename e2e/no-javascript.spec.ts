import { expect, test } from '@playwright/test';

import { roadmapPath } from '../lib/routes';
import { allTopics, firstRoadmap } from './content';
import { readerJourney } from './journeys';

test.use({ javaScriptEnabled: false });

test('the reader journey works with JavaScript disabled', async ({ page }) => {
  await readerJourney(page);
});

test('search works with JavaScript disabled', async ({ page }) => {
  const roadmap = firstRoadmap();
  const { topic } = allTopics(roadmap)[0]!;
  await page.goto(roadmapPath(roadmap.id));
  await page.getByRole('searchbox', { name: 'Search topics' }).fill(topic.title);
  await page.getByRole('searchbox', { name: 'Search topics' }).press('Enter');
  await expect(page.getByRole('link', { name: topic.title, exact: true })).toBeVisible();
});

test('pages read fully without JavaScript: every topic of the roadmap is in the HTML', async ({
  page,
}) => {
  const roadmap = firstRoadmap();
  await page.goto(roadmapPath(roadmap.id));
  for (const { topic } of allTopics(roadmap)) {
    await expect(page.getByRole('link', { name: topic.title }).first()).toBeVisible();
  }
  // The theme toggle needs JavaScript, so it is not offered as a dead button.
  await expect(page.getByRole('button', { name: /Theme/ })).toHaveCount(0);
});
