import { expect, test } from '@playwright/test';

import { roadmapPath, topicPath } from '../lib/routes';
import { allTopics, firstRoadmap } from './content';

const roadmap = firstRoadmap();
const { topic } = allTopics(roadmap)[0]!;

const pngs = [
  '/apple-touch-icon.png',
  '/icon-192.png',
  '/icon-512.png',
  '/icon-maskable-512.png',
  '/og-default.png',
];

test('the icons and the default link preview are served as PNG images', async ({ request }) => {
  for (const path of pngs) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe('image/png');
    expect((await response.body()).subarray(1, 4).toString('latin1'), path).toBe('PNG');
  }
});

test('the web app manifest is served as one and every icon it lists loads', async ({ request }) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    icons: { src: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ short_name: 'Waymark', start_url: '/' });
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const served = await request.get(icon.src);
    expect(served.status(), icon.src).toBe(200);
    expect(served.headers()['content-type'], icon.src).toContain(icon.type);
  }
});

test.describe('reader pages, as prerendered (no JavaScript)', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/', roadmapPath(roadmap.id), topicPath(roadmap.id, topic.id)]) {
    test(`${path} links the home-screen icon, the manifest and the default preview image`, async ({
      page,
      request,
    }) => {
      await page.goto(path);
      // Without an icon link the browser asks for /favicon.ico, a 404 logged on every page.
      await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^\/icon\.svg/);
      const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
      expect(appleIcon).toMatch(/^\/apple-touch-icon\.png/);
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
        'href',
        /^\/manifest\.webmanifest/,
      );
      const image = page.locator('meta[property="og:image"]');
      await expect(image).toHaveCount(1);
      // Absolute (metadataBase, from SITE_URL at build time): a link preview cannot resolve a
      // relative URL.
      const imageUrl = new URL((await image.getAttribute('content'))!);
      expect(imageUrl.pathname).toBe('/og-default.png');
      for (const [selector, content] of [
        ['meta[property="og:image:width"]', '1200'],
        ['meta[property="og:image:height"]', '630'],
        ['meta[property="og:site_name"]', 'Waymark'],
        // X shows the large preview only when asked; it takes the image from og:image.
        ['meta[name="twitter:card"]', 'summary_large_image'],
      ]) {
        await expect(page.locator(selector!)).toHaveAttribute('content', content!);
      }
      expect((await request.get(imageUrl.pathname)).headers()['content-type']).toBe('image/png');
      expect((await request.get(appleIcon!)).headers()['content-type']).toBe('image/png');
    });
  }
});
