import { QUESTIONS_PER_ATTEMPT } from '../lib/content/check-sizes';
import { topicReviewPath } from '../lib/routes';
import { checkedTopics } from './checks-content';
import { queryE2eDatabase } from './database';
import { describeAs, expect, test } from './fixtures';
import { CheckSection } from './pages/check-section';
import { waitForSession } from './pages/session';

/**
 * Issue 28: a review draws the questions a learner has seen least recently, so it asks questions
 * the first attempt did not. Needs a bank larger than an attempt; content has several.
 */
const drawn = checkedTopics.find((t) => t.check.questions.length > QUESTIONS_PER_ATTEMPT);
const topicUrl = drawn && `/roadmaps/${drawn.roadmapId}/${drawn.topicId}`;
const bankIds = drawn?.check.questions.map((question) => question.id) ?? [];
const firstDraw = bankIds.slice(0, QUESTIONS_PER_ATTEMPT);
const neverAsked = bankIds.slice(QUESTIONS_PER_ATTEMPT, 2 * QUESTIONS_PER_ATTEMPT);

test('content has a bank larger than one attempt, for the draw to choose from', () => {
  expect(drawn, `a check with more than ${QUESTIONS_PER_ATTEMPT} questions`).toBeDefined();
});

async function storedQuestionIds(login: string) {
  const rows = await queryE2eDatabase<{ question_id: string }>(
    `select a.question_id from check_answers a join users u on u.id = a.user_id
     where u.login = $1 order by a.answered_at, a.question_id`,
    [login],
  );
  return rows.map((row) => row.question_id);
}

/** Answers the questions shown correctly and submits them: all are graded correct. */
async function passAttempt(section: CheckSection) {
  await section.answer();
  await section.submit.click();
  await expect(section.summary).toContainText(
    `${QUESTIONS_PER_ATTEMPT} of ${QUESTIONS_PER_ATTEMPT} correct.`,
  );
}

/** The review's questions: a whole attempt, holding every question the first one left out. */
async function askedInReview(section: CheckSection) {
  const review = (await section.asked()).map((q) => q.id);
  expect(review).toHaveLength(QUESTIONS_PER_ATTEMPT);
  for (const id of neverAsked) expect(review).toContain(id);
  return review;
}

/** Only the questions the review asked were graded after the first attempt. */
async function expectGradedAfterFirst(login: string, review: string[]) {
  expect((await storedQuestionIds(login)).slice(QUESTIONS_PER_ATTEMPT).sort()).toEqual(
    [...review].sort(),
  );
}

describeAs('draw-learner', 'a signed-in learner with JavaScript', () => {
  test('reviews questions the first attempt did not ask, and only those asked are graded', async ({
    page,
    login,
  }) => {
    const section = new CheckSection(page, drawn!.check);
    await page.goto(topicUrl!);
    await waitForSession(page);
    expect((await section.asked()).map((q) => q.id)).toEqual(firstDraw);
    await passAttempt(section);

    await page.reload();
    await waitForSession(page);
    await expect(section.lastResult).toBeVisible();
    const review = await askedInReview(section);
    await passAttempt(section);
    await expectGradedAfterFirst(login, review);
  });
});

describeAs('draw-nojs', 'a signed-in learner without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('finds their review on its own page, with the questions not yet answered', async ({
    page,
    login,
  }) => {
    // The first attempt, answered yesterday.
    await queryE2eDatabase(
      `insert into check_answers (user_id, attempt_id, roadmap_id, topic_id, question_id, chosen_option_ids, correct, answered_at)
       select id, 'e2e-first', $2, $3, q, '{}', false, now() - interval '1 day'
       from users, unnest($4::text[]) as q where login = $1`,
      [login, drawn!.roadmapId, drawn!.topicId, firstDraw],
    );
    await page.goto(topicUrl!);
    await page.getByRole('link', { name: 'Take your own review' }).click();
    await expect(page).toHaveURL(topicReviewPath(drawn!.roadmapId, drawn!.topicId));
    const section = new CheckSection(page, drawn!.check);
    const review = await askedInReview(section);

    await passAttempt(section);
    // The result shows the questions it graded, not the next draw.
    expect((await section.asked()).map((q) => q.id)).toEqual(review);
    await expectGradedAfterFirst(login, review);
  });
});
