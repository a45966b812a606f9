import { allTopics, firstRoadmap } from './content';
import { queryE2eDatabase } from './database';
import { describeAs, describeWithoutJavaScript, expect, test } from './fixtures';
import { signInWithBrowserData } from './journeys';
import { waitForSaves, waitForSession } from './pages/session';
import { historyOf } from './support/progress-rows';

const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);
const topicId = (index: number) => topics[index]!.id;

describeAs('progress-journey', 'a signed-in learner', () => {
  test('marks topics on the roadmap and topic pages, reloads, and sees the dashboard numbers', async ({
    page,
    login,
    roadmapPage,
    topicPage,
    dashboard,
  }) => {
    await roadmapPage.open();
    await expect(roadmapPage.progress).toContainText(`0 of ${topics.length} topics complete (0%)`);
    await expect(roadmapPage.progress).toContainText(`Next up: ${topics[0]!.title}`);

    await roadmapPage.statusSelect(topicId(0)).selectOption('done');
    await roadmapPage.statusSelect(topicId(1)).selectOption('skipped');
    await roadmapPage.statusSelect(topicId(2)).selectOption('in_progress');
    await expect(roadmapPage.progress).toContainText(`2 of ${topics.length} topics complete`);
    await expect(roadmapPage.progress).toContainText('1 in progress');
    await expect(roadmapPage.progress).toContainText(`Next up: ${topics[2]!.title}`);

    await waitForSaves(page);
    await topicPage.open(topicId(3));
    await topicPage.statusButton('Done').click();
    await expect(topicPage.currentStatus).toHaveText('Done');

    await waitForSaves(page);
    await page.reload();
    await waitForSession(page);
    await expect(topicPage.currentStatus).toHaveText('Done');
    await roadmapPage.open();
    await expect(roadmapPage.statusSelect(topicId(0))).toHaveValue('done');
    await expect(roadmapPage.statusSelect(topicId(1))).toHaveValue('skipped');
    await expect(roadmapPage.statusSelect(topicId(2))).toHaveValue('in_progress');
    await expect(roadmapPage.statusSelect(topicId(3))).toHaveValue('done');

    await page.goto('/');
    await expect(page.getByTestId(`percent-${roadmap.id}`)).toContainText(
      `3 of ${topics.length} topics complete`,
    );

    // A topic the content no longer has (renamed or removed): kept, listed, never counted.
    await queryE2eDatabase(
      `insert into progress (user_id, roadmap_id, topic_id, status)
       select id, $2, 'a-retired-topic', 'done' from users where login = $1`,
      [login, roadmap.id],
    );
    await dashboard.goto();
    await expect(page.getByRole('region', { name: 'Retired topics' })).toContainText(
      `${roadmap.id}/a-retired-topic — Done`,
    );
    const card = dashboard.card(roadmap.id);
    const percent = Math.floor((3 / topics.length) * 100);
    await expect(card).toContainText(`3 of ${topics.length} topics complete (${percent}%)`);
    await expect(card).toContainText(`Next up: ${topics[2]!.title}`);
    await expect(dashboard.currentStreak).toHaveText('1 day');
    await expect(dashboard.activityTotal).toHaveText('4 status changes in the last 52 weeks');

    expect(await historyOf(login)).toEqual([
      { topic_id: topicId(0), status: 'done', source: 'control' },
      { topic_id: topicId(1), status: 'skipped', source: 'control' },
      { topic_id: topicId(2), status: 'in_progress', source: 'control' },
      { topic_id: topicId(3), status: 'done', source: 'control' },
    ]);
  });
});

describeAs('shortcuts', 'on a topic page', () => {
  test('keyboard shortcuts set the status, but not while typing', async ({
    page,
    login,
    topicPage,
  }) => {
    await topicPage.open(topicId(0));
    await expect(topicPage.statusButton('Done')).toHaveAttribute('aria-keyshortcuts', 'd');
    await page.getByRole('searchbox', { name: 'Search topics' }).first().press('d');
    await expect(topicPage.currentStatus).toHaveText('Not started');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('i');
    await expect(topicPage.currentStatus).toHaveText('In progress');
    await page.keyboard.press('d');
    await expect(topicPage.currentStatus).toHaveText('Done');
    await expect(topicPage.statusButton('Done')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('r');
    await expect(topicPage.currentStatus).toHaveText('Not started');
    await waitForSaves(page);
    await page.reload();
    await waitForSession(page);
    await expect(topicPage.currentStatus).toHaveText('Not started');
    // Exactly the three shortcuts: the "d" typed into the search box saved nothing.
    expect((await historyOf(login)).map((e) => e.status)).toEqual([
      'in_progress',
      'done',
      'not_started',
    ]);
  });
});

describeAs('rollback', 'when a write fails', () => {
  test('the control rolls back and says so', async ({ page, topicPage }) => {
    await topicPage.open(topicId(0));
    await expect(topicPage.currentStatus).toHaveText('Not started');
    await page.route(topicPage.url(topicId(0)), (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 503, body: 'down' })
        : route.fallback(),
    );
    await topicPage.statusButton('Done').click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toBeVisible();
    await expect(topicPage.currentStatus).toHaveText('Not started');
  });
});

test('a visitor tracks three topics in the browser, signs in, and finds them in the account', async ({
  page,
  roadmapPage,
  topicPage,
}) => {
  await roadmapPage.open();
  await expect(roadmapPage.progress).toContainText('kept in this browser');
  await roadmapPage.statusSelect(topicId(0)).selectOption('done');
  await roadmapPage.statusSelect(topicId(1)).selectOption('in_progress');
  await topicPage.open(topicId(2));
  await topicPage.statusButton('Skipped').click();
  await waitForSaves(page);
  await page.reload();
  await waitForSession(page);
  await expect(topicPage.currentStatus).toHaveText('Skipped');

  await roadmapPage.open();
  const login = await signInWithBrowserData(
    page,
    'visitor',
    '3 topics from this browser were added to your account',
  );
  await expect(roadmapPage.statusSelect(topicId(0))).toHaveValue('done');
  await expect(roadmapPage.statusSelect(topicId(1))).toHaveValue('in_progress');
  await expect(roadmapPage.statusSelect(topicId(2))).toHaveValue('skipped');
  expect(await page.evaluate(() => localStorage.getItem('waymark-progress'))).toBeNull();
  expect((await historyOf(login)).map((e) => e.source)).toEqual(['merge', 'merge', 'merge']);
});

describeAs('reset', 'resetting a roadmap', () => {
  test('asks for confirmation, then clears its progress', async ({ page, roadmapPage }) => {
    await roadmapPage.open();
    await roadmapPage.statusSelect(topicId(0)).selectOption('done');
    await expect(roadmapPage.progress).toContainText('1 of');
    await page.getByText('Reset progress on this roadmap…').click();
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await expect(roadmapPage.statusSelect(topicId(0))).toHaveValue('done'); // the unticked box stops it
    await page.getByRole('checkbox', { name: /Yes, reset/ }).check();
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'was reset' })).toBeVisible();
    await expect(roadmapPage.statusSelect(topicId(0))).toHaveValue('not_started');
    await waitForSaves(page);
    await page.reload();
    await waitForSession(page);
    await expect(roadmapPage.statusSelect(topicId(0))).toHaveValue('not_started');
  });
});

describeWithoutJavaScript(() => {
  describeAs('nojs-forms', 'a signed-in learner', () => {
    test('marks topics with the forms and sees the new state after the reload', async ({
      page,
      roadmapPage,
      topicPage,
      dashboard,
    }) => {
      await topicPage.goto(topicId(0));
      await topicPage.statusButton('Done').click();
      await expect(topicPage.currentStatus).toHaveText('Done');

      await roadmapPage.goto();
      await roadmapPage.saveWithoutScript(topicId(1), 'in_progress');
      await expect(page).toHaveURL(new RegExp(`saved=${topicId(1)}#topic-${topicId(1)}$`));

      await dashboard.goto();
      await expect(dashboard.card(roadmap.id)).toContainText(
        `1 of ${topics.length} topics complete`,
      );
      await expect(dashboard.card(roadmap.id)).toContainText('1 in progress');
    });
  });

  test('a visitor is asked to sign in', async ({ page, topicPage }) => {
    await topicPage.goto(topicId(0));
    await topicPage.statusButton('Done').click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Sign in with GitHub to save your progress' }),
    ).toBeVisible();
  });
});
