import { expect, test } from '@playwright/test';

import { roadmapPath, topicPath } from '../lib/routes';
import { allTopics, firstRoadmap, roadmaps } from './content';

const roadmap = firstRoadmap();
const { topic } = allTopics(roadmap)[0]!;

test('each page has its own title, description, canonical URL and Open Graph tags', async ({
  page,
}) => {
  const expectations = [
    { path: '/', title: /Waymark/ },
    { path: roadmapPath(roadmap.id), title: `${roadmap.title} roadmap · Waymark` },
    {
      path: topicPath(roadmap.id, topic.id),
      title: `${topic.title} — ${roadmap.title} roadmap · Waymark`,
    },
  ];
  for (const { path, title } of expectations) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    if (path !== '/') {
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`${path}$`),
      );
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
        'content',
        new RegExp(`${path}$`),
      );
    }
  }
});

test('sitemap.xml lists every roadmap and topic; robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const r of roadmaps) {
    expect(sitemap).toContain(`${roadmapPath(r.id)}</loc>`);
    for (const { topic: t } of allTopics(r))
      expect(sitemap).toContain(`${topicPath(r.id, t.id)}</loc>`);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  expect((await request.get('/icon.svg')).headers()['content-type']).toContain('image/svg+xml');
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of [
    '/',
    roadmapPath(roadmap.id),
    topicPath(roadmap.id, topic.id),
    '/search?q=api',
  ]) {
    test(`${path} fits without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole('searchbox', { name: 'Search topics' }).first()).toBeInViewport();
    });
  }
});

test('a printed roadmap keeps the steps and drops the site chrome', async ({ page }) => {
  await page.goto(roadmapPath(roadmap.id));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { name: roadmap.steps[0]!.title })).toBeVisible();
});
