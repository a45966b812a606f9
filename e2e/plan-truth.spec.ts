import { formatCalendarDate } from '../lib/format';
import { allTopics, firstRoadmap } from './content';
import { expect, test } from './fixtures';

const roadmap = firstRoadmap();
const firstTopic = allTopics(roadmap)[0]!.topic;

test('a visitor’s plan that cannot meet its target says so, and never “On track”', async ({
  roadmapPage,
  plan,
}) => {
  await roadmapPage.open();
  const mine = roadmapPage.myPlan;
  await plan.setPace(plan.form(roadmap.title, mine), {
    hours: '8',
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    target: '2027-06-30',
  });
  const summary = mine.getByTestId('plan-summary');
  await expect(summary).toContainText('8 h a week on Mon, Tue, Wed, Thu, Fri, Sat');
  await expect(summary.getByTestId('plan-target')).toContainText(
    `${formatCalendarDate('2027-06-30')}: ⚠ not reachable at 8 h a week: it needs about`,
  );
  await expect(summary).not.toContainText(/on track/i);
  await expect(summary.getByTestId('plan-track')).toHaveText('Keeping to your pace');
  // The Today card's compact form leads the plan: the next topic, at one study day's share.
  await expect(mine.getByTestId('roadmap-today').getByRole('link')).toHaveText(firstTopic.title);
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the roadmap's setup folds to one line each at ${viewport.width} px`, async ({
    page,
    roadmapPage,
  }) => {
    await page.setViewportSize(viewport);
    await roadmapPage.open();
    // "How long it takes" and the pace form are one line each until opened.
    const howLong = page.getByTestId('roadmap-plan').locator('summary').first();
    await expect(howLong).toBeVisible();
    await expect(howLong).toContainText(
      'How long it takes · With optional steps, plus step projects:',
    );
    await expect(page.getByTestId('common-paces')).toBeHidden();
    await expect(page.getByText('Set your pace', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Hours per week (0.5 to 60)')).toBeHidden();
  });
}
