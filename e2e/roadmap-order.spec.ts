import type { Page } from '@playwright/test';

import { allTopics, firstRoadmap } from './content';
import { expect, test } from './fixtures';
import { PlanControls } from './pages/plan';
import type { RoadmapPage } from './pages/roadmap-page';

/**
 * Issue 27: a roadmap page starts with its topics, not its setup. The first topic's row ends
 * within the first screen on a desktop and within two screens on a phone — for a visitor with and
 * without a plan, for a signed-in learner with a plan and a target, and without JavaScript.
 */
const roadmap = firstRoadmap();
const firstTopic = allTopics(roadmap)[0]!.topic;
const layouts = [
  { viewport: { width: 1280, height: 900 }, screens: 1 },
  { viewport: { width: 390, height: 844 }, screens: 2 },
];

/** How far down the page the first topic's row ends, in CSS pixels from the top. */
async function firstTopicEnd(page: Page, roadmapPage: RoadmapPage) {
  const row = roadmapPage.row(firstTopic.id);
  await expect(row).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await row.boundingBox())!;
  return box.y + box.height;
}

/** Saves a pace whose target cannot be met, the longest one-line plan the page shows. */
async function planWithTarget(roadmapPage: RoadmapPage) {
  const plan = new PlanControls(roadmapPage.page);
  await plan.setPace(plan.form(roadmap.title, roadmapPage.myPlan), {
    hours: '8',
    target: '2027-06-30',
  });
  await expect(roadmapPage.page.getByTestId('plan-status-line')).toContainText('⚠ target');
}

for (const { viewport, screens } of layouts) {
  const limit = viewport.height * screens;
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test(`a visitor’s first topic ends within ${screens} screen(s), before and after planning`, async ({
      page,
      roadmapPage,
    }) => {
      await roadmapPage.open();
      expect(await firstTopicEnd(page, roadmapPage)).toBeLessThanOrEqual(limit);
      await planWithTarget(roadmapPage);
      await roadmapPage.open();
      await expect(page.getByTestId('roadmap-today')).toBeVisible();
      expect(await firstTopicEnd(page, roadmapPage)).toBeLessThanOrEqual(limit);
    });

    test.describe('signed in', () => {
      test.use({ signedInAs: 'roadmap-order' });
      test(`a learner with a plan finds the first topic within ${screens} screen(s)`, async ({
        page,
        roadmapPage,
      }) => {
        await roadmapPage.open();
        if ((await page.getByTestId('plan-status-line').count()) === 0)
          await planWithTarget(roadmapPage);
        await roadmapPage.open();
        await expect(page.getByTestId('plan-status-line')).toContainText('⚠ target');
        expect(await firstTopicEnd(page, roadmapPage)).toBeLessThanOrEqual(limit);
      });
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test(`the first topic ends within ${screens} screen(s)`, async ({ page, roadmapPage }) => {
        await roadmapPage.goto();
        expect(await firstTopicEnd(page, roadmapPage)).toBeLessThanOrEqual(limit);
      });
    });
  });
}

test('the overview folds to one line on a phone and stays open on a desktop', async ({
  page,
  roadmapPage,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await roadmapPage.open();
  const firstStepLink = roadmapPage.overview.getByRole('link').first();
  await expect(firstStepLink).toBeHidden();
  await roadmapPage.overview.locator('summary').click();
  await expect(firstStepLink).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await roadmapPage.open();
  await expect(firstStepLink).toBeVisible();
  await expect(roadmapPage.overview.getByRole('heading', { name: 'Overview' })).toBeVisible();
});

test('every total has a line of its own and one name wherever it is shown', async ({
  page,
  roadmapPage,
}) => {
  const hasOptional = roadmap.steps.some((step) => step.optional);
  const names = hasOptional ? ['Core path:', 'With optional steps:'] : ['Whole roadmap:'];
  const totalsOn = async () => {
    const lines = page.getByTestId('path-totals').first().locator('div');
    await expect(lines).toHaveCount(names.length);
    for (const [index, name] of names.entries()) {
      const text = (await lines.nth(index).textContent())!;
      expect(text.startsWith(name)).toBe(true);
      expect(text.match(/\d+ h/g)).toHaveLength(1);
    }
  };
  await page.goto('/');
  await totalsOn();
  await roadmapPage.open();
  await totalsOn();
  // The plan's total names what it adds to the whole roadmap, and is the only figure on its line.
  const planLine = page.getByTestId('roadmap-plan').locator('summary').first();
  await expect(planLine).toContainText(`${names.at(-1)!.slice(0, -1)}, plus step projects:`);
  expect((await planLine.textContent())!.match(/\d+ h/g)).toHaveLength(1);
  // The progress box names its bars as the header names the totals.
  for (const name of names) await expect(roadmapPage.progress).toContainText(name.slice(0, -1));
});
