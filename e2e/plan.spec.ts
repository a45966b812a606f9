import { formatCalendarDate, formatHours } from '../lib/format';
import { COMMON_PACES, formatWeeks, weeksAtPace } from '../lib/plan/arithmetic';
import { addDays, dayIn } from '../lib/plan/calendar';
import { plannedHours } from '../lib/plan/items';
import { signInAs, uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';
import { describeAs, expect, test } from './fixtures';

const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);
// The browser runs in the machine's zone, and the learner's zone is the one it reports.
const today = () => dayIn(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);

test('every reader sees how long the roadmap takes at common paces, in the static HTML', async ({
  request,
}) => {
  // React separates adjacent text with empty comments; the reader sees one sentence.
  const html = (await (await request.get(`/roadmaps/${roadmap.id}`)).text()).replaceAll(
    '<!-- -->',
    '',
  );
  for (const pace of COMMON_PACES) {
    expect(html).toContain(
      `${pace} hours a week: <strong>${formatWeeks(weeksAtPace(plannedHours(roadmap), pace))}</strong>`,
    );
  }
  expect(html).toContain(
    `With optional steps, plus step projects: ${formatHours(plannedHours(roadmap))}`,
  );
  expect(html).toContain('Sign in to plan your own pace');
});

test('a visitor sets a pace in the browser, and it joins the account at sign-in', async ({
  page,
  roadmapPage,
  plan,
}) => {
  await roadmapPage.open();
  const mine = roadmapPage.myPlan;
  await expect(mine).toContainText('Kept in this browser');
  await plan.setPace(plan.form(roadmap.title, mine), { hours: '70' });
  await expect(mine.getByText('Hours per week must be a number from 0.5 to 60.')).toBeVisible();
  await plan.setPace(plan.form(roadmap.title, mine), { hours: '8', days: ['Tuesday', 'Thursday'] });
  await expect(mine.getByTestId('plan-summary')).toContainText('8 h a week on Tue, Thu');
  await page.reload();
  await expect(roadmapPage.myPlan.getByTestId('plan-summary')).toContainText('8 h a week');

  await signInAs(page, uniqueLogin('plan-visitor'));
  await roadmapPage.open();
  await expect(roadmapPage.myPlan).not.toContainText('Kept in this browser');
  await expect(roadmapPage.myPlan.getByTestId('plan-summary')).toContainText(
    '8 h a week on Tue, Thu',
  );
  expect(await page.evaluate(() => localStorage.getItem('waymark-plan'))).toBeNull();
});

describeAs('plan-journey', 'a learner with JavaScript', () => {
  test('sets a pace, sees this week and the finish date, logs time, and the plan follows', async ({
    page,
    dashboard,
    roadmapPage,
    topicPage,
    plan,
  }) => {
    const target = addDays(today(), 180);
    await dashboard.goto();
    const card = page.getByTestId(`plan-${roadmap.id}`);
    await plan.setPace(plan.form(roadmap.title, card), { hours: '0', target });
    await expect(card.getByText('Hours per week must be a number from 0.5 to 60.')).toBeVisible();
    await plan.setPace(plan.form(roadmap.title, card), { hours: '10', target });
    // Every topic and every step project is still to do, each at its estimate.
    await expect(card.getByTestId('plan-remaining')).toHaveText(formatHours(plannedHours(roadmap)));
    await expect(card.getByTestId('plan-target')).toContainText(formatCalendarDate(target));
    // A plan made today keeps its pace; 10 h a week does not finish the roadmap in 180 days.
    await expect(card.getByTestId('plan-track')).toHaveText('Keeping to your pace');
    await expect(card.getByTestId('plan-target')).toContainText(
      'not reachable at 10 h a week: it needs about',
    );
    await expect(card.getByTestId('plan-this-week').getByRole('link').first()).toHaveText(
      topics[0]!.title,
    );

    // The roadmap page shows the same plan, loaded in the browser, and follows a status change.
    await roadmapPage.open();
    const mine = roadmapPage.myPlan;
    await expect(mine.getByTestId('plan-remaining')).toHaveText(formatHours(plannedHours(roadmap)));
    await roadmapPage.statusSelect(topics[0]!.id).selectOption('done');
    await expect(mine.getByTestId('plan-remaining')).toHaveText(
      formatHours(plannedHours(roadmap) - topics[0]!.hours),
    );
    // The roadmap page shows the plan in one line; its full view, with this week, unfolds.
    await mine.getByText('Your plan in full').click();
    await expect(mine.getByTestId('plan-this-week').getByRole('link').first()).toHaveText(
      topics[1]!.title,
    );
    await expect(mine.getByTestId('plan-track')).toContainText('ahead');

    // Time logged on a topic shows against its estimate at once.
    await topicPage.open(topics[1]!.id);
    await plan.quickLog('+30 min');
    await expect(plan.timeLogged).toHaveText(
      `30 min logged of ${formatHours(topics[1]!.hours)} estimated`,
    );
    await plan.logMinutes('90');
    await expect(plan.timeLogged).toHaveText(
      `2 h logged of ${formatHours(topics[1]!.hours)} estimated`,
    );
    await plan.logMinutes('721');
    await expect(page.getByTestId('time-log').getByRole('alert')).toContainText(
      'Minutes must be a whole number from 1 to 720 (12 hours at once).',
    );
    await expect(plan.timeLogged).toHaveText(
      `2 h logged of ${formatHours(topics[1]!.hours)} estimated`,
    );

    await dashboard.goto();
    await page.getByText('Show as a table').click();
    await expect(page.getByTestId('weekly-table').locator('tbody tr').last()).toContainText('2 h');
    await expect(page.getByTestId('pace-comparison')).toContainText('Planned pace: 10 h a week');
    await expect(page.getByTestId('weekly-chart')).toBeVisible();

    // The private calendar feed: shown once, readable by a calendar app, revoked by regenerating.
    await page.getByRole('button', { name: 'Make a calendar link' }).click();
    const first = await page.getByTestId('calendar-url').inputValue();
    const feed = await page.request.get(first);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['cache-control']).toBe('private, no-store');
    expect(await feed.text()).toContain(`SUMMARY:Study: ${roadmap.title}`);
    await page.getByRole('button', { name: /Regenerate link/ }).click();
    await expect(page.getByTestId('calendar-url')).not.toHaveValue(first);
    expect((await page.request.get(first)).status()).toBe(404);
  });
});

describeAs('plan-nojs', 'a learner without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('plans on the dashboard and logs time on a topic with plain forms', async ({
    page,
    dashboard,
    topicPage,
    plan,
  }) => {
    await dashboard.goto();
    const card = page.getByTestId(`plan-${roadmap.id}`);
    await plan.setPace(plan.form(roadmap.title, card), {
      hours: '5',
      target: addDays(today(), -1),
      days: ['Saturday', 'Sunday'],
    });
    await expect(card.getByText('Target date cannot be in the past.')).toBeVisible();
    // Nothing was saved, and the learner's input is still there.
    await expect(card.getByTestId('plan-summary')).toHaveCount(0);
    await expect(card.getByLabel('Hours per week')).toHaveValue('5');

    await plan.setPace(plan.form(roadmap.title, card), {
      hours: '5',
      days: ['Saturday', 'Sunday'],
    });
    await dashboard.goto();
    await expect(card.getByTestId('plan-summary')).toContainText('5 h a week on Sat, Sun');
    await expect(card.getByTestId('plan-this-week').getByRole('link').first()).toHaveText(
      topics[0]!.title,
    );

    await topicPage.goto(topics[0]!.id);
    await plan.quickLog('+1 h');
    await expect(plan.timeLogged).toHaveText(
      `1 h logged of ${formatHours(topics[0]!.hours)} estimated`,
    );

    await dashboard.goto();
    await expect(page.getByTestId('weekly-table').locator('tbody tr').last()).toContainText('1 h');
  });
});
