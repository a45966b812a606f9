import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

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

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(pages)) {
      test(`the ${name} page has no serious or critical axe violation`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  });
}

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
