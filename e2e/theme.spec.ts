import { expect, test, type Page } from '@playwright/test';

import { roadmapPath } from '../lib/routes';

const canvas = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(250, 250, 249)';
const DARK = 'rgb(12, 10, 9)';

test.describe('with a light system theme', () => {
  test.use({ colorScheme: 'light' });

  test('the toggle cycles system → light → dark and the choice persists without a flash', async ({
    page,
  }) => {
    await page.goto('/');
    expect(await canvas(page)).toBe(LIGHT);
    const toggle = page.getByRole('button', { name: /^Theme: System/ });
    await toggle.click();
    await expect(page.getByRole('button', { name: /^Theme: Light/ })).toBeVisible();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.getByRole('button', { name: /^Theme: Dark/ })).toBeVisible();
    expect(await canvas(page)).toBe(DARK);

    // The stored choice is applied by the inline head script, before any stylesheet paints.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('body');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.unroute('**/_next/static/**/*.js');

    await page.goto(roadmapPath('backend'));
    expect(await canvas(page)).toBe(DARK);
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();
    await expect(page.getByRole('button', { name: /^Theme: System/ })).toBeVisible();
    expect(await canvas(page)).toBe(LIGHT);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });
});

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the page follows the system until the reader picks a theme', async ({ page }) => {
    await page.goto('/');
    expect(await canvas(page)).toBe(DARK);
    await page.getByRole('button', { name: /^Theme: System/ }).click();
    expect(await canvas(page)).toBe(LIGHT);
  });
});
