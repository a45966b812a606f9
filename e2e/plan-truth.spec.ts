import { formatCalendarDate } from '../lib/format';
import { firstRoadmap } from './content';
import { expect, test } from './fixtures';
import { PlanControls } from './pages/plan';

const roadmap = firstRoadmap();

test('a visitor’s plan that cannot meet its target says so, and never “On track”', async ({
  page,
  roadmapPage,
}) => {
  const plan = new PlanControls(page);
  await roadmapPage.open();
  const mine = page.getByTestId('my-plan');
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
});
