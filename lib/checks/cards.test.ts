import { randomUUID } from 'node:crypto';

import { beforeEach, expect, it, vi } from 'vitest';

import { checkAnswers, users } from '@/db/schema';
import { describeEachDriver, harness, testDatabase } from '@/testing/integration';
import { freezeClockAt } from '@/testing/write-limits';

import { gradeCheck, mergeBrowserAttempts } from './actions';
import { getReviewCards } from './cards';
import { reviewCard } from './schedule';
import { askedFieldsForTests, firstCheckedTopicForTests } from './testing';

freezeClockAt('2026-12-01T10:00:00Z');

// Every attempt here asks the questions a first attempt asks (the bank's first).
const { roadmapId, topicId, asked } = firstCheckedTopicForTests();
const questionCount = asked.length;
const correctOf = (question: (typeof asked)[number]) =>
  question.options.filter((option) => option.correct).map((option) => option.id);
const wrongOf = (question: (typeof asked)[number]) =>
  question.options.find((option) => !option.correct)!.id;

/** The chosen options of an attempt that gets the first `misses` questions wrong. */
const answersWith = (misses: number) =>
  Object.fromEntries(asked.map((q, i) => [q.id, i < misses ? [wrongOf(q)] : correctOf(q)]));
function checkForm(misses: number) {
  const data = new FormData();
  data.append('roadmapId', roadmapId);
  data.append('topicId', topicId);
  for (const [name, value] of askedFieldsForTests(asked)) data.append(name, value);
  for (const [id, chosen] of Object.entries(answersWith(misses)))
    for (const option of chosen) data.append(`q.${id}`, option);
  return data;
}
const gradeAt = async (iso: string, misses = 0) => {
  vi.setSystemTime(new Date(iso));
  const result = await gradeCheck(null, checkForm(misses));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
};

/** Answer rows of one attempt as the old schedule's code stored them: no card alongside. */
const storedAttempt = (userId: string, iso: string, misses: number, topic = topicId) =>
  asked.map((q, i) => ({
    userId,
    attemptId: `${iso}-${topic}`,
    roadmapId,
    topicId: topic,
    questionId: q.id,
    chosenOptionIds: i < misses ? [wrongOf(q)] : correctOf(q),
    correct: i >= misses,
    answeredAt: new Date(iso),
  }));
/** What the pure schedule makes of attempts given as [moment, misses]. */
const expected = (attempts: [string, number][], timeZone: string) =>
  reviewCard(
    undefined,
    attempts.map(([iso, misses]) => ({
      answeredAt: new Date(iso),
      correctCount: questionCount - misses,
      questionCount,
    })),
    timeZone,
  );

async function newLearner(timeZone: string | null) {
  const id = randomUUID();
  await testDatabase()
    .db.insert(users)
    .values({ id, login: `learner-${id}`, timeZone });
  return id;
}

describeEachDriver('review cards', () => {
  let learner: string;
  let addresses = 0;
  beforeEach(async () => {
    learner = await newLearner('Pacific/Auckland');
    harness.user = { id: learner };
    harness.headers = { 'x-waymark-peer-address': `198.51.100.${++addresses}` };
  });

  it('moves the topic’s card with each graded attempt, in the learner’s time zone', async () => {
    // 11:30 UTC is already the next day in Auckland.
    const graded = await gradeAt('2026-11-20T11:30:00Z');
    const [first] = await getReviewCards(learner);
    expect(graded.reviewDueOn).toBe(first!.dueOn);
    expect(first).toMatchObject({ roadmapId, topicId, lastReviewOn: '2026-11-21', reps: 1 });
    expect(first).toMatchObject(expected([['2026-11-20T11:30:00Z', 0]], 'Pacific/Auckland')!);
    await gradeAt(`${first!.dueOn}T01:00:00Z`, 2);
    const [missed] = await getReviewCards(learner, { roadmapId, topicId });
    expect(missed).toMatchObject({ lapses: 1, reps: 2 });
    expect(missed!.dueOn).toBe(
      new Date(Date.parse(`${first!.dueOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
    );
  });

  it('replays a topic’s earlier attempts when it has no card yet', async () => {
    await testDatabase()
      .db.insert(checkAnswers)
      .values([
        ...storedAttempt(learner, '2026-11-01T01:00:00Z', 0),
        ...storedAttempt(learner, '2026-11-04T01:00:00Z', 0),
      ]);
    await gradeAt('2026-11-20T01:00:00Z');
    const [card] = await getReviewCards(learner);
    expect(card).toMatchObject({ reps: 3 });
    expect(card).toMatchObject(
      expected(
        [
          ['2026-11-01T01:00:00Z', 0],
          ['2026-11-04T01:00:00Z', 0],
          ['2026-11-20T01:00:00Z', 0],
        ],
        'Pacific/Auckland',
      )!,
    );
  });

  it('leaves the card as it is when a merge brings only older attempts', async () => {
    await gradeAt('2026-11-25T01:00:00Z');
    const before = await getReviewCards(learner);
    const merged = await mergeBrowserAttempts({
      attempts: [
        {
          attemptId: randomUUID(),
          roadmapId,
          topicId,
          answeredAt: '2026-11-24T01:00:00Z',
          answers: answersWith(questionCount),
        },
      ],
    });
    expect(merged).toMatchObject({ ok: true, data: { merged: questionCount } });
    expect(await getReviewCards(learner)).toEqual(before);
  });
});
