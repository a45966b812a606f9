import { roadmapAboutPath, roadmapPath, stepStatusPath } from '../lib/routes';
import { allTopics, firstRoadmap, roadmaps } from './content';
import { describeAs, describeWithoutJavaScript, expect, test } from './fixtures';
import { RoadmapPage } from './pages/roadmap-page';
import { waitForSaves } from './pages/session';
import { historyOf, savedStatuses, seedStatuses } from './support/progress-rows';

const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);
const [firstStep, secondStep] = roadmap.steps;

test('the overview lists every step as a link, with its topics, hours and optional badge', async ({
  page,
}) => {
  for (const each of roadmaps) {
    const roadmapPage = new RoadmapPage(page, each);
    await roadmapPage.goto();
    const items = roadmapPage.overview.getByRole('listitem');
    await expect(items).toHaveCount(each.steps.length);
    for (const [index, step] of each.steps.entries()) {
      const item = items.nth(index);
      await expect(item.getByRole('link')).toHaveText(`${step.number ?? '★'}${step.title}`);
      await expect(item.getByRole('link')).toHaveAttribute('href', `#step-${step.id}`);
      await expect(item).toContainText(`${step.topics.length} topic`);
      await expect(item.getByText('Optional', { exact: true })).toHaveCount(step.optional ? 1 : 0);
      await expect(roadmapPage.step(step.id).getByText('Optional', { exact: true })).toHaveCount(
        step.optional ? 1 : 0,
      );
    }
    // The core path total stands beside the full one.
    const core = each.steps.filter((step) => !step.optional);
    const coreTopics = core.reduce((sum, step) => sum + step.topics.length, 0);
    await expect(page.locator('article > header')).toContainText(
      `Core path: ${core.length} steps · ${coreTopics} topics`,
    );
    await expect(page.locator('article > header')).toContainText(
      `With optional steps: ${each.steps.length} steps · ${each.topicCount} topics`,
    );
  }
});

test('the JavaScript roadmap explains its missing step 18 in place', async ({ page }) => {
  const js = roadmaps.find((each) => each.id === 'javascript-backend')!;
  const roadmapPage = new RoadmapPage(page, js);
  await roadmapPage.goto();
  const web3 = js.steps.find((step) => step.number === '19')!;
  await expect(roadmapPage.step(web3.id)).toContainText('no step 18');
});

test('the introduction is a page of its own, linked from the roadmap, listed and printed whole', async ({
  page,
  request,
  roadmapPage,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const each of roadmaps) {
    expect(sitemap).toContain(`${roadmapAboutPath(each.id)}</loc>`);
  }
  await roadmapPage.goto();
  await page.locator('article > header').getByRole('link', { name: 'About this roadmap' }).click();
  await expect(page).toHaveURL(new RegExp(`${roadmapAboutPath(roadmap.id)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `About the ${roadmap.title} roadmap`,
  );
  // The introduction's first sentence, as content/ has it (Markdown emphasis aside).
  const firstSentence = roadmap.intro.split('\n')[0]!.replace(/\*\*/g, '').split('. ')[0]!;
  const prose = page.locator('.prose-waymark');
  await expect(prose).toContainText(firstSentence);
  await page.emulateMedia({ media: 'print' });
  await expect(prose).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Go to the roadmap →' }).click();
  await expect(page).toHaveURL(new RegExp(`${roadmapPath(roadmap.id)}$`));
});

test('a whole row opens its topic', async ({ page, roadmapPage }) => {
  await roadmapPage.open();
  // Clicking the row's empty space (not the title) opens the topic.
  const row = roadmapPage.row(topics[1]!.id);
  await row.scrollIntoViewIfNeeded();
  const box = (await row.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.6, box.y + 4);
  await expect(page).toHaveURL(new RegExp(`/${topics[1]!.id}$`));
});

test('a visitor sees neutral "loading" controls until the browser progress is read', async ({
  page,
  roadmapPage,
}) => {
  await page.route('**/api/me**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fallback();
  });
  await roadmapPage.goto();
  await expect(roadmapPage.statusSelect(topics[0]!.id)).toBeDisabled();
  await expect(roadmapPage.statusSelect(topics[0]!.id)).toHaveText('Loading…');
  await expect(roadmapPage.progress).toContainText('Loading your progress');
  await expect(roadmapPage.statusSelect(topics[0]!.id)).toHaveValue('not_started');
  await expect(roadmapPage.progress).toContainText('0 of');
});

test('the controls fill in again after moving around the app without a page load', async ({
  page,
  roadmapPage,
}) => {
  const other = new RoadmapPage(
    page,
    roadmaps.find((each) => each.id !== roadmap.id)!,
  );
  const otherTopic = allTopics(other.roadmap)[0]!.topic;
  await roadmapPage.open();
  await roadmapPage.statusSelect(topics[0]!.id).selectOption('in_progress');
  await roadmapPage.row(topics[0]!.id).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/${topics[0]!.id}$`));
  await page.goBack();
  await expect(roadmapPage.statusSelect(topics[0]!.id)).toHaveValue('in_progress');
  await page
    .getByRole('banner')
    .getByRole('link', { name: other.roadmap.title, exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(other.url);
  await expect(other.statusSelect(otherTopic.id)).toHaveValue('not_started');
  await expect(other.progress).toContainText(`0 of ${other.roadmap.topicCount} topics`);
});

describeAs('roadmap-keyboard', 'a learner using the keyboard', () => {
  test('moving from Not started to Skipped with the arrow keys records one change', async ({
    page,
    login,
    roadmapPage,
  }) => {
    await roadmapPage.open();
    const select = roadmapPage.statusSelect(topics[0]!.id);
    await select.focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue('skipped');
    await expect(roadmapPage.row(topics[0]!.id)).toContainText('Enter to save, Esc to cancel');
    await page.keyboard.press('Enter');
    await expect(select).toHaveAttribute('data-s', 'skipped');
    await waitForSaves(page);

    // Tab moves on and leaves the row as it was: moving through rows changes nothing.
    const second = roadmapPage.statusSelect(topics[1]!.id);
    await second.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(second).toHaveValue('done');
    await page.keyboard.press('Tab');
    await expect(second).toHaveValue('not_started');
    await expect(second).toHaveAttribute('data-s', 'not_started');
    await expect(roadmapPage.row(topics[1]!.id)).not.toContainText('Enter to save');
    // Escape cancels the draft too, and the control keeps the focus.
    await second.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(second).toHaveValue('not_started');
    await expect(second).toBeFocused();
    // Space saves a draft, as Enter does.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    await expect(second).toHaveAttribute('data-s', 'done');
    await waitForSaves(page);
    await roadmapPage.open();
    await expect(roadmapPage.statusSelect(topics[1]!.id)).toHaveValue('done');
    await expect(roadmapPage.statusSelect(topics[2]!.id)).toHaveValue('not_started');

    expect(await historyOf(login)).toEqual([
      { topic_id: topics[0]!.id, status: 'skipped', source: 'control' },
      { topic_id: topics[1]!.id, status: 'done', source: 'control' },
    ]);
    // Done and skipped rows step back, and a finished step fills its marker.
    await expect(roadmapPage.row(topics[0]!.id).getByRole('link')).toHaveCSS(
      'text-decoration-line',
      'line-through',
    );
    for (const topic of firstStep!.topics.slice(2)) {
      await roadmapPage.statusSelect(topic.id).selectOption('done');
    }
    await waitForSaves(page);
    await expect(roadmapPage.step(firstStep!.id).locator('[data-finished]')).toHaveCount(1);
    await expect(roadmapPage.overview.locator('[data-finished]')).toHaveCount(1);
    await expect(roadmapPage.overview.getByRole('listitem').first()).toContainText(
      `${firstStep!.topics.length}/${firstStep!.topics.length}`,
    );
  });
});

describeAs('roadmap-rollback', 'when a row fails to save', () => {
  test('the row rolls back and says so', async ({ page, roadmapPage }) => {
    await roadmapPage.open();
    await page.route(roadmapPage.url, (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 503, body: 'down' })
        : route.fallback(),
    );
    await roadmapPage.statusSelect(topics[0]!.id).selectOption('done');
    await expect(
      roadmapPage.row(topics[0]!.id).getByRole('alert').filter({ hasText: 'could not be saved' }),
    ).toBeVisible();
    await expect(roadmapPage.statusSelect(topics[0]!.id)).toHaveValue('not_started');
    await expect(roadmapPage.progress).toContainText('0 of');
  });
});

describeWithoutJavaScript(() => {
  test('the page says where saved statuses are, and a visitor is asked to sign in', async ({
    page,
    roadmapPage,
  }) => {
    await roadmapPage.goto();
    const notice = page.getByText('Without JavaScript this page cannot show your saved statuses');
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('link', { name: 'dashboard' })).toHaveAttribute(
      'href',
      '/dashboard',
    );
    for (const step of roadmap.steps) {
      await expect(roadmapPage.statusPageLink(step.id)).toHaveAttribute(
        'href',
        stepStatusPath(roadmap.id, step.id),
      );
    }
    await roadmapPage.statusPageLink(firstStep!.id).click();
    await expect(page).toHaveURL(
      (url) =>
        url.pathname === '/signin' &&
        url.searchParams.get('next') === stepStatusPath(roadmap.id, firstStep!.id),
    );
    await expect(page.getByRole('button', { name: /Sign in with GitHub/ }).first()).toBeVisible();
  });

  describeAs('roadmap-nojs-save', 'a signed-in learner', () => {
    test('the step’s status page shows the saved statuses; a save changes only its topic', async ({
      page,
      login,
      roadmapPage,
    }) => {
      const before = {
        [topics[0]!.id]: 'done',
        [topics[1]!.id]: 'in_progress',
        [topics[2]!.id]: 'skipped',
        [secondStep!.topics[0]!.id]: 'done',
      };
      await seedStatuses(login, roadmap.id, before);
      const chosen = secondStep!.topics[1]!;
      await roadmapPage.goto();
      await roadmapPage.statusPageLink(secondStep!.id).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        `Your statuses: ${secondStep!.title}`,
      );
      const rows = page.getByRole('list', { name: 'Topics of this step' }).getByRole('listitem');
      await expect(rows).toHaveCount(secondStep!.topics.length);
      const current = (topicId: string) =>
        page.locator(`#topic-${topicId}`).getByTestId('current-status');
      await expect(current(secondStep!.topics[0]!.id)).toHaveText('✓ Done');
      await expect(current(chosen.id)).toContainText('Not started');

      await roadmapPage.saveOnStatusPage(chosen.id, 'in_progress');
      await expect(page).toHaveURL(
        new RegExp(
          `${stepStatusPath(roadmap.id, secondStep!.id)}\\?saved=${chosen.id}#topic-${chosen.id}$`,
        ),
      );
      await expect(page.getByRole('status')).toHaveText(
        `Saved: “${chosen.title}” is now in progress.`,
      );
      await expect(current(chosen.id)).toContainText('In progress');
      await expect(
        page.locator(`#topic-${chosen.id}`).getByRole('button', { name: 'In progress' }),
      ).toHaveAttribute('aria-pressed', 'true');
      expect(await savedStatuses(login, roadmap.id)).toEqual({
        ...before,
        [chosen.id]: 'in_progress',
      });
      expect(await historyOf(login)).toEqual([
        { topic_id: chosen.id, status: 'in_progress', source: 'control' },
      ]);
    });

    test('a save refused (the session ended meanwhile) says why and leads back', async ({
      page,
      context,
      roadmapPage,
    }) => {
      await page.goto(stepStatusPath(roadmap.id, firstStep!.id));
      await context.clearCookies();
      await roadmapPage.saveOnStatusPage(topics[0]!.id, 'done');
      await expect(page).toHaveURL(/\/not-saved\?/);
      await expect(
        page.getByRole('alert').filter({ hasText: 'Sign in with GitHub to save your progress' }),
      ).toBeVisible();
      await expect(
        page.getByRole('link', { name: `Back to your statuses in “${firstStep!.title}”` }),
      ).toHaveAttribute('href', stepStatusPath(roadmap.id, firstStep!.id));
    });
  });

  test('a step status page for a step or roadmap that does not exist is a 404', async ({
    page,
  }) => {
    for (const path of [
      stepStatusPath(roadmap.id, 'no-such-step'),
      stepStatusPath('no-such-roadmap', firstStep!.id),
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
});
