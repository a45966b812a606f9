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

describeAs('draw-learner', 'a signed-in learner with JavaScript', () => {
  test('reviews questions the first attempt did not ask, and only those asked are graded', async ({
    page,
    login,
  }) => {
    const section = new CheckSection(page, drawn!.check);
    await page.goto(topicUrl!);
    await waitForSession(page);
    expect((await section.asked()).map((q) => q.id)).toEqual(firstDraw);
    await section.answer();
    await section.submit.click();
    await expect(section.summary).toContainText(
      `${QUESTIONS_PER_ATTEMPT} of ${QUESTIONS_PER_ATTEMPT} correct.`,
    );

    await page.reload();
    await waitForSession(page);
    await expect(section.lastResult).toBeVisible();
    const review = (await section.asked()).map((q) => q.id);
    expect(review).toHaveLength(QUESTIONS_PER_ATTEMPT);
    for (const id of neverAsked) expect(review).toContain(id);
    await section.answer();
    await section.submit.click();
    await expect(section.summary).toContainText(
      `${QUESTIONS_PER_ATTEMPT} of ${QUESTIONS_PER_ATTEMPT} correct.`,
    );
    expect((await storedQuestionIds(login)).slice(QUESTIONS_PER_ATTEMPT).sort()).toEqual(
      [...review].sort(),
    );
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
    const review = (await section.asked()).map((q) => q.id);
    expect(review).toHaveLength(QUESTIONS_PER_ATTEMPT);
    for (const id of neverAsked) expect(review).toContain(id);

    await section.answer();
    await section.submit.click();
    await expect(section.summary).toContainText(
      `${QUESTIONS_PER_ATTEMPT} of ${QUESTIONS_PER_ATTEMPT} correct.`,
    );
    // The result shows the questions it graded, not the next draw.
    expect((await section.asked()).map((q) => q.id)).toEqual(review);
    expect((await storedQuestionIds(login)).slice(QUESTIONS_PER_ATTEMPT).sort()).toEqual(
      [...review].sort(),
    );
  });
});
