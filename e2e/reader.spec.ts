import { expect, test } from '@playwright/test';

import { roadmapPath, topicPath } from '../lib/routes';
import { allTopics, firstRoadmap, roadmaps } from './content';
import { readerJourney } from './journeys';

test('an anonymous reader goes home → roadmap → topic → next → previous → back', async ({
  page,
}) => {
  await readerJourney(page);
});

test('the home page lists every roadmap with its counts', async ({ page }) => {
  await page.goto('/');
  for (const roadmap of roadmaps) {
    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: roadmap.title, exact: true }) });
    await expect(card).toContainText(`${roadmap.steps.length} steps`);
    await expect(card).toContainText(`${roadmap.topicCount} topics`);
  }
});

test('every step, topic and step project of each roadmap is on its page, in order', async ({
  page,
}) => {
  for (const roadmap of roadmaps) {
    await page.goto(roadmapPath(roadmap.id));
    const steps = page.getByRole('list', { name: `Steps of the ${roadmap.title} roadmap` });
    await expect(steps.getByRole('heading', { level: 2 })).toHaveText(
      roadmap.steps.map((s) => s.title),
    );
    // Each step's topics, then the project that closes the step.
    await expect(steps.getByRole('link')).toHaveText(
      roadmap.steps.flatMap((step) =>
        [...step.topics, step.project].map(({ title }) => new RegExp(escape(title))),
      ),
    );
  }
});

test('a topic page shows its explanation, concepts and resources marked free or paid', async ({
  page,
}) => {
  const roadmap = firstRoadmap();
  const { step, topic } = allTopics(roadmap)[1]!;
  await page.goto(topicPath(roadmap.id, topic.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(step.title);
  await expect(page.getByText(topic.why)).toBeVisible();
  const resources = page.getByRole('region', { name: 'Resources' });
  for (const resource of topic.resources) {
    const item = resources
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: resource.title, exact: true }) });
    await expect(item.first()).toContainText(resource.cost === 'free' ? 'Free' : 'Paid');
  }
  await expect(
    page.getByRole('region', { name: 'Key concepts' }).getByRole('listitem'),
  ).toHaveCount(topic.concepts.length);
});

test('unknown roadmaps and topics get the helpful 404 page with a real 404 status', async ({
  page,
}) => {
  const roadmap = firstRoadmap();
  for (const path of [roadmapPath('cobol'), topicPath(roadmap.id, 'no-such-topic'), '/nowhere']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not on the map');
    await expect(page.getByRole('search')).toHaveCount(2);
  }
});

test('the header search finds a topic and shows its roadmap and step', async ({ page }) => {
  const roadmap = firstRoadmap();
  const { step, topic } = allTopics(roadmap)[2]!;
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search topics' }).fill(topic.title);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  const hit = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: topic.title, exact: true }) });
  await expect(hit).toContainText(`${roadmap.title} › `);
  await expect(hit).toContainText(step.title);
  await hit.getByRole('link', { name: topic.title, exact: true }).click();
  await expect(page).toHaveURL(topicPath(roadmap.id, topic.id));
});

test('search explains an empty result and survives hostile queries', async ({ page }) => {
  const response = await page.goto('/search?q=zzqxqzzqx');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status')).toHaveText('No topics match “zzqxqzzqx”');
  for (const q of ['<script>alert(1)</script>', 'a'.repeat(5000), '%', '"((']) {
    const res = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(res?.status()).toBe(200);
  }
  expect((await page.goto('/search?q=a&q=b'))?.status()).toBe(200);
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
