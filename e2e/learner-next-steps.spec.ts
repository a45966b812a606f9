/**
 * Issue 16, the learner's side: what comes after "done" on a topic page (6), the dashboard and
 * its header link (8), home and sign-in (9), the topic status controls (10) and the smaller
 * fixes (11) — each at 390 px and 1280 px, with and without JavaScript. Screenshots land in
 * test-results/screenshots/ under stable names, to be looked at.
 */
import type { Page } from '@playwright/test';

import { projectPath, roadmapPath, topicPath } from '../lib/routes';
import { accountButton, uniqueLogin } from './auth';
import { allTopics, firstRoadmap, roadmaps } from './content';
import { queryE2eDatabase } from './database';
import { expect, test } from './fixtures';
import { headerSignIn, waitForSaves } from './pages/session';
import type { SetupLearner } from './support/learners';
import { mockGitHubUrl } from './support/local-github';

const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);
const otherRoadmap = roadmaps.find((r) => r.id !== roadmap.id)!;

const widths = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
] as const;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png` });

for (const { name: width, viewport } of widths) {
  for (const js of [true, false]) {
    const mode = js ? 'js' : 'nojs';
    const label = `${viewport.width} px, ${js ? 'with' : 'without'} JavaScript`;

    test.describe(label, () => {
      test.use({ viewport, javaScriptEnabled: js });

      test.describe('a signed-in learner marking a topic done', () => {
        const learner: SetupLearner = `next-step-${width}${js ? '' : '-nojs'}`;
        test.use({ signedInAs: learner });

        test('is offered the next topic right beside the status controls (6, 10)', async ({
          page,
          topicPage,
        }) => {
          const [first, second] = topics;
          await (js ? topicPage.open(first!.id) : topicPage.goto(first!.id));
          const form = page.getByRole('form', { name: /Your status for/ });
          await expect(topicPage.currentStatus).toHaveText('Not started');
          await expect(topicPage.whatNext.getByRole('link')).toHaveCount(0);

          // (10) "Mark as done" is the filled primary action; the others are outlined.
          const done = topicPage.statusButton('Done');
          const skip = topicPage.statusButton('Skipped');
          const fill = (button: typeof done) =>
            button.evaluate((element) => getComputedStyle(element).backgroundColor);
          expect(await fill(done)).not.toBe('rgba(0, 0, 0, 0)');
          expect(await fill(skip)).toBe('rgba(0, 0, 0, 0)');
          // (10) Key hints only where keys work; in progress is `i`, never the `l` read as "1".
          if (js) {
            await expect(topicPage.keyHints).toBeVisible();
            await expect(topicPage.keyHints).toContainText('i in progress');
            await expect(topicPage.statusButton('In progress')).toHaveAttribute(
              'aria-keyshortcuts',
              'i',
            );
          } else {
            await expect(topicPage.keyHints).toBeHidden();
            await expect(form.locator('kbd').first()).toBeHidden();
            await expect(done).not.toHaveAttribute('aria-keyshortcuts');
            await expect(done).toHaveAccessibleName('Mark as done');
          }
          await expect(form.locator('kbd', { hasText: /^l$/ })).toHaveCount(0);
          await shot(page, `status-controls-${width}-${mode}`);

          await done.click();
          await expect(topicPage.currentStatus).toHaveText('Done');
          const offer = topicPage.whatNext.getByRole('link', { name: /Next topic/ });
          await expect(offer).toHaveText(`Next topic: ${second!.title} →`);
          await expect(offer).toBeInViewport();
          // Inside the status form, above the explanation: not only at the bottom of the page.
          const offerBox = (await offer.boundingBox())!;
          const whyBox = (await page
            .getByRole('region', { name: 'Why it matters' })
            .boundingBox())!;
          expect(offerBox.y).toBeLessThan(whyBox.y);
          await shot(page, `next-step-offer-${width}-${mode}`);
          if (js) await waitForSaves(page);

          await offer.click();
          await expect(page).toHaveURL(topicPath(roadmap.id, second!.id));
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
        });
      });

      test.describe('a signed-in learner with topics in progress', () => {
        test.use({ signedInAs: 'dashboard-continue' });

        test('finds the dashboard in the header, with Continue, the profile and the roadmaps not started (8)', async ({
          page,
          login,
          dashboard,
        }) => {
          // Written straight into the database: this learner is shared by the four runs.
          for (const [index, topic] of [topics[2]!, topics[4]!].entries()) {
            await queryE2eDatabase(
              `insert into progress (user_id, roadmap_id, topic_id, status, updated_at)
               select id, $2, $3, 'in_progress', now() - make_interval(hours => $4::int)
               from users where login = $1 on conflict do nothing`,
              [login, roadmap.id, topic.id, index + 1],
            );
          }
          await page.goto(topicPath(roadmap.id, topics[0]!.id));
          await dashboard.headerLink().click();
          await expect(page).toHaveURL(dashboard.url);
          // (5) Signed in, the header offers no sign-in, with or without JavaScript.
          await expect(
            page.getByRole('banner').getByRole('button', { name: /Sign in/ }),
          ).toBeHidden();

          const continueLinks = dashboard.continueList.getByRole('link');
          await expect(continueLinks).toHaveText([topics[2]!.title, topics[4]!.title]);
          await expect(continueLinks.first()).toHaveAttribute(
            'href',
            topicPath(roadmap.id, topics[2]!.id),
          );
          await expect(dashboard.profileLink).toContainText('Your profile is private');
          await expect(
            dashboard.profileLink.getByRole('link', { name: 'Make a public profile in Settings' }),
          ).toHaveAttribute('href', '/settings#profile-heading');
          await expect(
            dashboard.notStarted.getByRole('link', { name: otherRoadmap.title }),
          ).toHaveAttribute('href', roadmapPath(otherRoadmap.id));
          await expect(
            dashboard.card(roadmap.id).getByRole('link', { name: /Share your progress/ }),
          ).toBeVisible();
          await shot(page, `dashboard-${width}-${mode}`);

          await continueLinks.first().click();
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(topics[2]!.title);
        });

        test('sees the delete button styled as dangerous and a styled file picker (11)', async ({
          page,
          settingsPage,
        }) => {
          await settingsPage.goto();
          const danger = await settingsPage.deleteButton.evaluate(
            (element) => getComputedStyle(element).backgroundColor,
          );
          expect(danger).toBe('rgb(185, 28, 28)'); // --danger, light theme
          const picker = await settingsPage.importFile.evaluate((element) => {
            const button = getComputedStyle(element, '::file-selector-button');
            return { border: getComputedStyle(element).borderStyle, font: button.fontWeight };
          });
          expect(picker).toEqual({ border: 'solid', font: '500' });
          await settingsPage.importFile.scrollIntoViewIfNeeded();
          await shot(page, `settings-import-delete-${width}-${mode}`);
        });
      });

      test('a visitor reads what an account adds, signs in from the header in one step and is told when signed out (9, 11)', async ({
        page,
        settingsPage,
      }) => {
        await page.goto('/');
        await expect(page.getByTestId('tracking-note')).toContainText(
          'No account needed: mark topics as you go',
        );
        await shot(page, `home-${width}-${mode}`);

        // (8) A visitor following the header's Dashboard link is asked to sign in, and told why.
        await page.getByRole('banner').getByRole('link', { name: 'Dashboard' }).click();
        await expect(page).toHaveURL(/\/signin\?next=%2Fdashboard/);
        await expect(page.getByRole('main')).toContainText('Your dashboard lists the topics');

        // (9) The header's button goes straight to GitHub, then back to the page it was on.
        const topicUrl = topicPath(roadmap.id, topics[1]!.id);
        await page.goto(topicUrl);
        await headerSignIn(page).click();
        await expect(page).toHaveURL(new RegExp(`^${mockGitHubUrl}/login/oauth/authorize`));
        await page.getByRole('textbox', { name: 'Another GitHub login' }).fill(uniqueLogin('hdr'));
        await page.getByRole('button', { name: 'Authorize this login' }).click();
        await expect(page).toHaveURL(topicUrl);

        // (11) Signing out ends on a page that says so.
        if (js) {
          await accountButton(page).click();
          await page.getByRole('button', { name: 'Sign out' }).click();
        } else {
          await settingsPage.goto();
          await page.getByRole('button', { name: 'Sign out' }).click();
        }
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are signed out');
        await expect(headerSignIn(page)).toBeVisible();
        await shot(page, `signed-out-${width}-${mode}`);
      });

      test('search results show inline code without backticks and mark the matched words (11)', async ({
        page,
      }) => {
        await page.goto('/search?q=mongodb%20driver');
        const results = page.getByRole('region', { name: /for “mongodb driver”/ });
        await expect(results.getByRole('listitem').first()).toBeVisible();
        expect(await results.innerText()).not.toContain('`');
        await expect(results.locator('mark').first()).toHaveText(/mongodb|driver/i);
        await expect(results.locator('code', { hasText: 'mongodb' }).first()).toBeVisible();
        await shot(page, `search-${width}-${mode}`);
      });

      test('a visitor gets no "Share your progress" offer on a roadmap (10)', async ({ page }) => {
        await page.goto(roadmapPath(roadmap.id));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByText(/Share (your|my) progress/)).toHaveCount(0);
      });
    });
  }
}

test.describe('keyboard, with JavaScript', () => {
  test('n and p go to the next and previous topic, but not while typing in a field (6)', async ({
    page,
    topicPage,
  }) => {
    const [first, second] = topics;
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await topicPage.open(second!.id);
    await page.getByRole('searchbox', { name: 'Search topics' }).first().press('n');
    await expect(page).toHaveURL(topicPath(roadmap.id, second!.id));
    await page.locator('h1').click();
    await page.keyboard.press('n');
    await expect(page).toHaveURL(topicPath(roadmap.id, topics[2]!.id));
    await page.keyboard.press('p');
    await expect(page).toHaveURL(topicPath(roadmap.id, second!.id));
    await page.keyboard.press('p');
    await expect(page).toHaveURL(topicPath(roadmap.id, first!.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title);
    // The key attributes appear after hydration without a mismatch between server and browser.
    expect(errors).toEqual([]);
  });
});

test('after the last topic of a step, the step project is offered first, then the next topic', async ({
  page,
  topicPage,
}) => {
  const [firstStep, secondStep] = roadmap.steps;
  const last = firstStep!.topics.at(-1)!;
  await topicPage.open(last.id);
  await topicPage.statusButton('Done').click();
  const offers = topicPage.whatNext.getByRole('link');
  await expect(offers).toHaveText([
    `Step project: ${firstStep!.project.title} →`,
    `Next topic: ${secondStep!.topics[0]!.title} →`,
  ]);
  await offers.first().click();
  await expect(page).toHaveURL(projectPath(roadmap.id, firstStep!.project.id));
});
