import type { Locator, Page } from '@playwright/test';

import { allTopics, firstRoadmap } from './content';
import { describeAs, expect, test } from './fixtures';
import { PlanControls } from './pages/plan';
import { scrollsSideways, seriousViolations } from './support/axe';

const roadmap = firstRoadmap();
const firstTopic = allTopics(roadmap)[0]!.topic;
const everyDay = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

/** Whether `element` ends within the first screen of the page, read from its top. */
async function withinFirstScreen(page: Page, element: Locator) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await element.boundingBox();
  return box !== null && box.y + box.height <= page.viewportSize()!.height;
}

/** 7 h a week on every day: today is a study day, and its share is 1 h. */
async function planSevenHours(page: Page) {
  const plan = new PlanControls(page);
  await plan.setPace(plan.form(roadmap.title, page.getByTestId(`plan-${roadmap.id}`)), {
    hours: '7',
    days: everyDay,
  });
}

describeAs('today-js', 'the Today card, with JavaScript', () => {
  test('comes first, offers a plan, then says what to study today and logs it in one tap', async ({
    page,
    dashboard,
  }) => {
    await page.setViewportSize(phone);
    await dashboard.goto();
    const today = page.getByRole('region', { name: 'Today', exact: true });
    // The first section of the page, before Continue, the roadmaps and the plan.
    await expect(page.locator('main section').first()).toHaveAttribute(
      'aria-labelledby',
      'today-heading',
    );
    await expect(today).toContainText('No study plan yet. Set your pace');
    await expect(today.getByTestId('today-streak')).toContainText('No streak yet');
    await expect(today.getByTestId('today-reviews')).toHaveText('None today.');
    // The daily things first, the history last (problem 6).
    await expect(page.locator('main h2')).toHaveText([
      'Today',
      'Your roadmaps',
      'Not started yet',
      'Due for review today',
      'Your projects',
      'Your study plan',
      'Streaks',
      'Hours studied per week',
      'Activity',
      'Calendar',
    ]);
    // A new learner is told what to do instead of shown empty charts and open forms.
    await expect(page.getByTestId('weekly-empty')).toContainText('Log time from Today above');
    await expect(page.getByTestId('weekly-chart')).toHaveCount(0);
    await expect(dashboard.activityTotal).toContainText(
      'Mark a topic in progress, done or skipped',
    );
    await expect(page.getByRole('region', { name: /Activity, last 52 weeks/ })).toHaveCount(0);
    await expect(page.getByLabel('Hours per week')).toHaveCount(2);
    for (const field of await page.getByLabel('Hours per week').all()) {
      await expect(field).toBeHidden(); // neither roadmap is started: both forms folded
    }

    await planSevenHours(page);
    const item = today.getByTestId(`today-${roadmap.id}`);
    await expect(item.getByRole('link', { name: firstTopic.title })).toBeVisible();
    await expect(item).toContainText('1 h today: one study day’s share of your week.');
    const logShare = item.getByRole('button', { name: 'Log 1 h' });
    for (const viewport of [phone, desktop]) {
      await page.setViewportSize(viewport);
      expect(await withinFirstScreen(page, logShare), `${viewport.width} px`).toBe(true);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousViolations(page), `${viewport.width} px, ${colorScheme}`).toEqual([]);
        expect(await scrollsSideways(page)).toBe(false);
      }
    }

    await logShare.click();
    await expect(item.getByRole('status')).toHaveText('Time logged.');
    // The page renders again: logged time keeps today's streak.
    await expect(today.getByTestId('today-streak')).toContainText(
      '1 day in a row: today counts already.',
    );
    await expect(dashboard.currentStreak).toHaveText('1 day');
    await expect(page.getByTestId('weekly-chart')).toBeVisible();
  });
});

describeAs('today-nojs', 'the Today card, without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: phone });

  test('says what to study today and logs it with a plain form', async ({ page, dashboard }) => {
    await dashboard.goto();
    await planSevenHours(page);
    await dashboard.goto();
    const today = page.getByRole('region', { name: 'Today', exact: true });
    const item = today.getByTestId(`today-${roadmap.id}`);
    await expect(item.getByRole('link', { name: firstTopic.title })).toBeVisible();
    const logShare = item.getByRole('button', { name: 'Log 1 h' });
    expect(await withinFirstScreen(page, logShare)).toBe(true);
    await expect(today.getByTestId('today-streak')).toContainText('No streak yet');

    await item.getByRole('button', { name: '30 min' }).click();
    await expect(page.getByRole('region', { name: 'Today', exact: true })).toContainText(
      'Time logged.',
    );
    await expect(page.getByTestId('today-streak')).toContainText('today counts already.');
  });
});
