import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { signInAs, uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';

const roadmap = firstRoadmap();
const topic = allTopics(roadmap)[0]!.topic;

const pages = {
  home: '/',
  roadmap: `/roadmaps/${roadmap.id}`,
  topic: `/roadmaps/${roadmap.id}/${topic.id}`,
  search: '/search?q=data',
  'not found': '/roadmaps/nope',
  'sign-in': '/signin',
  'sign-in problem': '/signin/error?error=Configuration',
};

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(pages)) {
      test(`the ${name} page has no serious or critical axe violation`, async ({ page }) => {
        await page.goto(path);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test('the learner’s pages have no serious or critical axe violation, in both themes', async ({
  page,
}) => {
  test.setTimeout(180_000); // fourteen pages, each analysed by axe, on a busy two-core machine
  const login = uniqueLogin('axe');
  await page.goto(pages.topic);
  await signInAs(page, login);
  await page.getByRole('textbox', { name: 'Your note (Markdown)' }).fill('A **note**');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByTestId('note-status')).toHaveText(/^Saved/);
  await page.goto('/settings');
  await page.getByRole('checkbox', { name: /Make my profile public/ }).check();
  await page.getByRole('checkbox', { name: /Show my notes/ }).check();
  await page.getByRole('button', { name: 'Save profile settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'public' })).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of [
      pages.topic,
      `${pages.topic}/note`,
      '/settings',
      '/dashboard',
      `/u/${login}`,
      `/u/${login}/${roadmap.id}`,
      `/share/${roadmap.id}`,
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle'); // the session and the lazy note editor
      expect(await seriousViolations(page), `${path} (${colorScheme})`).toEqual([]);
    }
  }
});

test('a skip link leads keyboard users past the header, with a visible focus ring', async ({
  page,
}) => {
  await page.goto(pages.topic);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});
