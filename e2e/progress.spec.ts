import { expect, test, type Page } from '@playwright/test';

import { signInAs, uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';
import { queryE2eDatabase } from './database';

const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);
const roadmapUrl = `/roadmaps/${roadmap.id}`;
const topicUrl = (index: number) => `/roadmaps/${roadmap.id}/${topics[index]!.id}`;

const rowSelect = (page: Page, index: number) =>
  page.getByTestId(`topic-row-${topics[index]!.id}`).getByRole('combobox');
const statusButton = (page: Page, name: string) =>
  page
    .getByRole('form', { name: /Your status for/ })
    .getByRole('button', { name: new RegExp(`^${name} `) });

/** Waits until the page's status controls know who is signed in. */
const ready = (page: Page) => page.locator('form[data-session="ready"]').first().waitFor();

/** Waits until no status change is still being saved. */
const saved = (page: Page) => expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

async function open(page: Page, url: string) {
  await page.goto(url);
  await ready(page);
}

async function historyOf(login: string) {
  return queryE2eDatabase<{ topic_id: string; status: string; source: string }>(
    `select e.topic_id, e.status, e.source from progress_events e
     join users u on u.id = e.user_id where u.login = $1 order by e.id`,
    [login],
  );
}

test('a signed-in learner marks topics on the roadmap and topic pages, reloads, and sees the dashboard numbers', async ({
  page,
}) => {
  const login = uniqueLogin();
  await open(page, roadmapUrl);
  await signInAs(page, login);
  await ready(page);
  await expect(page.getByTestId('roadmap-progress')).toContainText(
    `0 of ${topics.length} topics complete (0%)`,
  );
  await expect(page.getByTestId('roadmap-progress')).toContainText(`Next up: ${topics[0]!.title}`);

  await rowSelect(page, 0).selectOption('done');
  await rowSelect(page, 1).selectOption('skipped');
  await rowSelect(page, 2).selectOption('in_progress');
  await expect(page.getByTestId('roadmap-progress')).toContainText(
    `2 of ${topics.length} topics complete`,
  );
  await expect(page.getByTestId('roadmap-progress')).toContainText('1 in progress');
  await expect(page.getByTestId('roadmap-progress')).toContainText(`Next up: ${topics[2]!.title}`);

  await saved(page);
  await open(page, topicUrl(3));
  await statusButton(page, 'Done').click();
  await expect(page.getByTestId('current-status')).toHaveText('Done');

  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('current-status')).toHaveText('Done');
  await open(page, roadmapUrl);
  await expect(rowSelect(page, 0)).toHaveValue('done');
  await expect(rowSelect(page, 1)).toHaveValue('skipped');
  await expect(rowSelect(page, 2)).toHaveValue('in_progress');
  await expect(rowSelect(page, 3)).toHaveValue('done');

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
  await page.goto('/dashboard');
  await expect(page.getByRole('region', { name: 'Retired topics' })).toContainText(
    `${roadmap.id}/a-retired-topic — Done`,
  );
  const card = page.getByTestId(`dashboard-${roadmap.id}`);
  const percent = Math.floor((3 / topics.length) * 100);
  await expect(card).toContainText(`3 of ${topics.length} topics complete (${percent}%)`);
  await expect(card).toContainText(`Next up: ${topics[2]!.title}`);
  await expect(page.getByTestId('current-streak')).toHaveText('1 day');
  await expect(page.getByTestId('activity-total')).toHaveText(
    '4 status changes in the last 52 weeks',
  );

  expect(await historyOf(login)).toEqual([
    { topic_id: topics[0]!.id, status: 'done', source: 'control' },
    { topic_id: topics[1]!.id, status: 'skipped', source: 'control' },
    { topic_id: topics[2]!.id, status: 'in_progress', source: 'control' },
    { topic_id: topics[3]!.id, status: 'done', source: 'control' },
  ]);
});

test('keyboard shortcuts set the status on a topic page, but not while typing', async ({
  page,
}) => {
  const login = uniqueLogin();
  await page.goto('/');
  await signInAs(page, login);
  await open(page, topicUrl(0));
  await expect(statusButton(page, 'Done')).toHaveAttribute('aria-keyshortcuts', 'd');
  await page.getByRole('searchbox', { name: 'Search topics' }).first().press('d');
  await expect(page.getByTestId('current-status')).toHaveText('Not started');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('l');
  await expect(page.getByTestId('current-status')).toHaveText('In progress');
  await page.keyboard.press('d');
  await expect(page.getByTestId('current-status')).toHaveText('Done');
  await expect(statusButton(page, 'Done')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('r');
  await expect(page.getByTestId('current-status')).toHaveText('Not started');
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('current-status')).toHaveText('Not started');
  // Exactly the three shortcuts: the "d" typed into the search box saved nothing.
  expect((await historyOf(login)).map((e) => e.status)).toEqual([
    'in_progress',
    'done',
    'not_started',
  ]);
});

test('a failed write rolls the control back and says so', async ({ page }) => {
  await page.goto('/');
  await signInAs(page, uniqueLogin());
  await open(page, topicUrl(0));
  await expect(page.getByTestId('current-status')).toHaveText('Not started');
  await page.route(topicUrl(0), (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 503, body: 'down' })
      : route.fallback(),
  );
  await statusButton(page, 'Done').click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toBeVisible();
  await expect(page.getByTestId('current-status')).toHaveText('Not started');
});

test('a visitor tracks three topics in the browser, signs in, and finds them in the account', async ({
  page,
}) => {
  await open(page, roadmapUrl);
  await expect(page.getByTestId('roadmap-progress')).toContainText('kept in this browser');
  await rowSelect(page, 0).selectOption('done');
  await rowSelect(page, 1).selectOption('in_progress');
  await open(page, topicUrl(2));
  await statusButton(page, 'Skipped').click();
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('current-status')).toHaveText('Skipped');

  const login = uniqueLogin('visitor');
  await open(page, roadmapUrl);
  await signInAs(page, login);
  await ready(page);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: '3 topics from this browser were added to your account' }),
  ).toBeVisible();
  await expect(rowSelect(page, 0)).toHaveValue('done');
  await expect(rowSelect(page, 1)).toHaveValue('in_progress');
  await expect(rowSelect(page, 2)).toHaveValue('skipped');
  expect(await page.evaluate(() => localStorage.getItem('waymark-progress'))).toBeNull();
  expect((await historyOf(login)).map((e) => e.source)).toEqual(['merge', 'merge', 'merge']);
});

test('resetting a roadmap asks for confirmation, then clears its progress', async ({ page }) => {
  await open(page, roadmapUrl);
  await signInAs(page, uniqueLogin());
  await ready(page);
  await rowSelect(page, 0).selectOption('done');
  await expect(page.getByTestId('roadmap-progress')).toContainText('1 of');
  await page.getByText('Reset progress on this roadmap…').click();
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(rowSelect(page, 0)).toHaveValue('done'); // the unticked box stops it
  await page.getByRole('checkbox', { name: /Yes, reset/ }).check();
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was reset' })).toBeVisible();
  await expect(rowSelect(page, 0)).toHaveValue('not_started');
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(rowSelect(page, 0)).toHaveValue('not_started');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a signed-in learner marks topics with the forms and sees the new state after the reload', async ({
    page,
  }) => {
    await page.goto(topicUrl(0));
    await signInAs(page, uniqueLogin('nojs'));
    await statusButton(page, 'Done').click();
    await expect(page.getByTestId('current-status')).toHaveText('Done');

    await page.goto(roadmapUrl);
    const row = page.getByTestId(`topic-row-${topics[1]!.id}`);
    await row.getByRole('combobox').selectOption('in_progress');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId(`topic-row-${topics[1]!.id}`).getByRole('combobox')).toHaveValue(
      'in_progress',
    );

    await page.goto('/dashboard');
    await expect(page.getByTestId(`dashboard-${roadmap.id}`)).toContainText(
      `1 of ${topics.length} topics complete`,
    );
    await expect(page.getByTestId(`dashboard-${roadmap.id}`)).toContainText('1 in progress');
  });

  test('a visitor is asked to sign in', async ({ page }) => {
    await page.goto(topicUrl(0));
    await statusButton(page, 'Done').click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Sign in with GitHub to save your progress' }),
    ).toBeVisible();
  });
});
