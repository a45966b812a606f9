import type { Page } from '@playwright/test';

import { QUESTIONS_PER_ATTEMPT } from '../lib/content/check-sizes';
import { formatCalendarDate } from '../lib/format';
import { signInAs, uniqueLogin } from './auth';
import { checkedTopics, correctOptions, firstCheckedTopic, wrongOption } from './checks-content';
import { roadmaps } from './content';
import { queryE2eDatabase } from './database';
import { describeAs, describeWithoutJavaScript, expect, test } from './fixtures';
import { CheckSection } from './pages/check-section';
import { PlanControls } from './pages/plan';
import { waitForSaves, waitForSession } from './pages/session';

const { roadmapId, topicId, check } = firstCheckedTopic();
const topicUrl = `/roadmaps/${roadmapId}/${topicId}`;
/** The static page asks the bank's first questions; so does a learner's first attempt. */
const total = Math.min(check.questions.length, QUESTIONS_PER_ATTEMPT);
const first = check.questions[0]!;
const roadmap = roadmaps.find((r) => r.id === roadmapId)!;

/** Opens the checked topic and waits until the page knows who is reading it. */
async function openCheckedTopic(page: Page) {
  await page.goto(topicUrl);
  await waitForSession(page);
}

async function storedAnswers(login: string) {
  return queryE2eDatabase<{ question_id: string; correct: boolean; chosen_option_ids: string[] }>(
    `select a.question_id, a.correct, a.chosen_option_ids from check_answers a
     join users u on u.id = a.user_id where u.login = $1 order by a.id`,
    [login],
  );
}

test.describe('a visitor with JavaScript', () => {
  test('checks themselves, reads why, marks the topic done, and sees the result after a reload', async ({
    page,
    topicPage,
  }) => {
    const section = new CheckSection(page, check);
    await openCheckedTopic(page);
    await expect(section.region.getByRole('group')).toHaveCount(total);
    // Nothing of the answer key is on the page before submitting.
    await expect(section.region).not.toContainText(correctOptions(first)[0]!.explanation);

    await section.answer({ wrong: [0] });
    await section.submit.click();
    await expect(section.summary).toContainText(`${total - 1} of ${total} correct.`);
    await expect(section.question(0)).toContainText('Not quite');
    await expect(section.question(0)).toContainText(wrongOption(first).explanation);
    await expect(section.question(0)).toContainText(correctOptions(first)[0]!.explanation);
    await expect(section.question(0)).toContainText('Correct answer');
    await expect(section.markDone).toHaveCount(0);

    await section.tryAgain.click();
    await expect(section.summary).toHaveText('');
    await expect(
      section
        .question(0)
        .getByRole(first.kind === 'single' ? 'radio' : 'checkbox')
        .first(),
    ).toBeEnabled();
    await expect(
      section
        .question(0)
        .getByRole(first.kind === 'single' ? 'radio' : 'checkbox', { checked: true }),
    ).toHaveCount(0);

    await section.answer();
    await section.submit.click();
    await expect(section.summary).toContainText(`${total} of ${total} correct.`);
    await expect(section.lastResult).toContainText(`Last result: ${total} of ${total} correct`);
    // Worked out in the browser from its own attempts (the miss counted; the same-day pass did not).
    await expect(section.reviewDue).toHaveText(/^Next review: \d{1,2} \w+ \d{4}$/);
    await section.markDone.click();
    await expect(section.region).toContainText('This topic is marked done.');
    await expect(topicPage.currentStatus).toHaveText('Done');

    const due = await section.reviewDue.textContent();
    await page.reload();
    await waitForSession(page);
    await expect(section.lastResult).toContainText(`Last result: ${total} of ${total} correct`);
    await expect(section.reviewDue).toHaveText(due!);
  });
});

test('a visitor’s results stay in the browser and join the account at sign-in', async ({
  page,
}) => {
  const section = new CheckSection(page, check);
  await openCheckedTopic(page);
  await section.answer({ wrong: [0] });
  await section.submit.click();
  await expect(section.summary).toContainText(`${total - 1} of ${total} correct.`);
  expect(await page.evaluate(() => localStorage.getItem('waymark-checks'))).toContain(topicId);

  const login = uniqueLogin('checker');
  await signInAs(page, login);
  await openCheckedTopic(page);
  await expect(section.lastResult).toContainText(`Last result: ${total - 1} of ${total} correct`);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('waymark-checks'))).toBeNull();
  // Graded again on the server: the wrong first answer stays wrong.
  expect((await storedAnswers(login)).map((row) => row.correct)).toEqual(
    Array.from({ length: total }, (_, index) => index !== 0),
  );
});

/**
 * Issue 28: a question left blank is marked unanswered and shows neither its correct option nor
 * any explanation, so answering one question cannot harvest the rest of the key.
 */
async function expectBlankRevealsNothing(section: CheckSection, index: number) {
  const question = (await section.asked())[index]!;
  await expect(section.question(index)).toContainText('Not answered');
  await expect(section.question(index)).not.toContainText('Correct answer');
  for (const option of question.options)
    await expect(section.question(index)).not.toContainText(option.explanation);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a partial submission reveals nothing of the blank questions', async ({ page }) => {
      const section = new CheckSection(page, check);
      await page.goto(topicUrl);
      if (javaScriptEnabled) await waitForSession(page);
      await section.answer({ wrong: [0], blank: [1, 2] });
      await section.submit.click();
      await expect(section.summary).toContainText(`${total - 3} of ${total} correct.`);
      await expect(section.question(0)).toContainText(wrongOption(first).explanation);
      await expectBlankRevealsNothing(section, 1);
      await expectBlankRevealsNothing(section, 2);
    });

    test('an empty submission is refused with a clear message', async ({ page }) => {
      const section = new CheckSection(page, check);
      await page.goto(topicUrl);
      if (javaScriptEnabled) await waitForSession(page);
      await section.submit.click();
      await expect(section.region.getByRole('alert')).toHaveText(
        /Choose at least one answer before checking\./,
      );
      await expect(section.summary).toHaveText('');
      for (const question of check.questions)
        for (const option of question.options)
          await expect(section.region).not.toContainText(option.explanation);
    });
  });
}

describeWithoutJavaScript(() => {
  test('a visitor’s form posts and the server renders the same result', async ({ page }) => {
    const section = new CheckSection(page, check);
    await page.goto(topicUrl);
    await section.answer({ wrong: [0] });
    await section.submit.click();
    await expect(section.summary).toContainText(`${total - 1} of ${total} correct.`);
    await expect(section.question(0)).toContainText('Not quite');
    await expect(section.question(0)).toContainText(wrongOption(first).explanation);
    await expect(section.question(1)).toContainText('Correct');

    await section.tryAgain.click();
    await expect(page).toHaveURL(new RegExp(`${topicUrl}\\?check=again#check-yourself$`));
    await expect(section.summary).toHaveText('');
    await expect(section.submit).toBeVisible();
  });
});

describeAs('checks-learner', 'a signed-in learner', () => {
  test('has every answer recorded, sees the last result and what is due on the dashboard', async ({
    page,
    login,
    dashboard,
  }) => {
    const section = new CheckSection(page, check);
    await openCheckedTopic(page);
    await section.answer();
    await section.submit.click();
    await expect(section.summary).toContainText(`${total} of ${total} correct.`);
    const rows = await storedAnswers(login);
    expect(rows).toHaveLength(total);
    expect(rows.every((row) => row.correct)).toBe(true);
    expect(rows[0]!.chosen_option_ids).toEqual(correctOptions(first).map((o) => o.id));

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForSession(page);
    await expect(section.lastResult).toContainText(`Last result: ${total} of ${total} correct`);
    await waitForSaves(page);

    // The review day comes from the topic's FSRS card, stored with the attempt.
    const [card] = await queryE2eDatabase<{ due_on: string }>(
      `select to_char(c.due_on, 'YYYY-MM-DD') as due_on from review_cards c
       join users u on u.id = c.user_id where u.login = $1 and c.topic_id = $2`,
      [login, topicId],
    );
    await expect(section.lastResult).toContainText(
      `Next review: ${formatCalendarDate(card!.due_on)}`,
    );

    // A topic of the same roadmap missed two days ago is due again (a miss: one day), by its card.
    const missed = checkedTopics.find((t) => t.roadmapId === roadmapId && t.topicId !== topicId)!;
    await queryE2eDatabase(
      `insert into check_answers (user_id, attempt_id, roadmap_id, topic_id, question_id, chosen_option_ids, correct, answered_at)
       select id, 'e2e-missed', $2, $3, $4, '{}', false, now() - interval '2 days' from users where login = $1`,
      [login, roadmapId, missed.topicId, missed.check.questions[0]!.id],
    );
    await queryE2eDatabase(
      `insert into review_cards (user_id, roadmap_id, topic_id, due_on, last_review_on, last_answered_at,
         stability, difficulty, scheduled_days, learning_steps, reps, lapses, state)
       select id, $2, $3, current_date - 1, current_date - 2, now() - interval '2 days',
         0.2, 6.4, 1, 0, 1, 0, 2 from users where login = $1`,
      [login, roadmapId, missed.topicId],
    );
    await dashboard.goto();
    const review = page.getByRole('region', { name: 'Due for review today' });
    await expect(review.getByTestId('review-due-count')).toHaveText(
      '1 topic is due for review today.',
    );
    const roadmapReview = review.getByTestId(`review-${roadmapId}`);
    await expect(roadmapReview).toContainText(': 1 due');
    await expect(roadmapReview).toContainText(
      `1 of ${roadmap.topicCount} topics passed on their latest check`,
    );
    await expect(roadmapReview.getByRole('link', { name: missed.title })).toBeVisible();

    // With a plan, its "This week" counts the reviews due by Sunday: the missed topic at least
    // (overdue), and the passed one when its day falls in this week too.
    const plan = new PlanControls(page);
    await plan.setPace(plan.form(roadmap.title, page.getByTestId(`plan-${roadmapId}`)), {
      hours: '5',
    });
    await expect(plan.summary(roadmapId).getByTestId('plan-week-reviews')).toHaveText(
      /^Plus (1 knowledge check|2 knowledge checks) due for review by Sunday \((5|10) min\)\.$/,
    );
  });
});

describeAs('checks-nojs', 'a signed-in learner without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('submits the form and has the answers recorded', async ({ page, login }) => {
    const section = new CheckSection(page, check);
    await page.goto(topicUrl);
    await section.answer({ wrong: [0] });
    await section.submit.click();
    // One miss rates Hard: the card is due again, and the server-rendered result says when.
    await expect(section.summary).toContainText(`${total - 1} of ${total} correct.`);
    await expect(section.summary).toContainText(/Next review: \d{1,2} \w+ \d{4}\./);
    const rows = await storedAnswers(login);
    expect(rows.map((row) => row.correct)).toEqual(
      Array.from({ length: total }, (_, index) => index !== 0),
    );
  });
});
