/**
 * A learner at every ceiling on stored check attempts: grading, merging and importing keep the
 * account there (the oldest attempts go, each topic's latest stays), and the reads behind the
 * dashboard and /api/me/checks return at most the ceiling's rows, whatever the table holds.
 */
import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';

import { exportFile } from '@/testing/export-file';
import { describeEachDriver, signInNewLearner, testDatabase } from '@/testing/integration';
import { form } from '@/testing/requests';
import { selectRows } from '@/testing/rows';
import { freezeClockAt, setWriteBudgets } from '@/testing/write-limits';

// The ceilings, not the write budget, are under test here: the budget never refuses.
setWriteBudgets({ perLearner: 1_000_000, perAddress: 1_000_000 });
freezeClockAt('2026-11-22T10:00:10Z');

const { gradeCheck, mergeBrowserAttempts } = await import('./actions');
const { questionCounts } = await import('./answer-key');
const { getAttempts } = await import('./personal');
const { getAnswerRows, getAttemptRows } = await import('./queries');
const { askedFieldsForTests, firstCheckedTopicForTests } = await import('./testing');
const { importAccountData } = await import('@/lib/account/actions');
const { MAX_ANSWER_ROWS, MAX_ATTEMPTS_PER_LEARNER, MAX_ATTEMPTS_PER_TOPIC, MAX_TOPIC_ANSWER_ROWS } =
  await import('./limits');

const { roadmapId, topicId, check, asked } = firstCheckedTopicForTests();
/** Every topic with a check, `[roadmapId, topicId]`, the first one first. */
const checkedTopics = [...questionCounts().keys()].map((key) => key.split('/') as [string, string]);
const allCorrect = () =>
  asked.flatMap((q) =>
    q.options.filter((o) => o.correct).map((o): [string, string] => [`q.${q.id}`, o.id]),
  );
const checkForm = () => {
  const data = form({ roadmapId, topicId });
  for (const [name, value] of [...askedFieldsForTests(asked), ...allCorrect()])
    data.append(name, value);
  return data;
};
const browserAttempt = (answeredAt: string) => ({
  attemptId: randomUUID(),
  roadmapId,
  topicId,
  answeredAt,
  correctCount: 0,
  questionCount: asked.length,
  answers: Object.fromEntries(
    asked.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]),
  ),
});

describeEachDriver('check attempts at their ceilings', () => {
  let learner: string;
  let addresses = 0;
  beforeEach(async () => {
    learner = await signInNewLearner(`192.0.2.${++addresses}`);
  });

  /**
   * Stores `attempts` attempts of `questions` answers on a topic straight into the table (as data
   * kept before the ceilings were), one minute apart from `from` onwards.
   */
  const fill = (topic: [string, string], attempts: number, from: string, questions = 3) =>
    testDatabase().db.execute(sql`
      insert into check_answers
        (user_id, attempt_id, roadmap_id, topic_id, question_id, chosen_option_ids, correct, answered_at)
      select ${learner}, ${`${topic[1]}-${from}-`} || a, ${topic[0]}, ${topic[1]}, 'q' || q, '{}',
        true, ${from}::timestamptz + a * interval '1 minute'
      from generate_series(1, ${attempts}::int) as a, generate_series(1, ${questions}::int) as q`);
  const attemptsPerTopic = async () =>
    new Map(
      (
        await selectRows(sql`
          select roadmap_id || '/' || topic_id as topic, count(distinct attempt_id)::int as n
          from check_answers where user_id = ${learner} group by 1`)
      ).map((row) => [row.topic as string, row.n as number]),
    );
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

  /** Every topic's ceiling full, up to the account's, plus one old attempt on the next topic. */
  const fillToEveryCeiling = async () => {
    const full = MAX_ATTEMPTS_PER_LEARNER / MAX_ATTEMPTS_PER_TOPIC;
    expect(checkedTopics.length).toBeGreaterThan(full);
    for (const topic of checkedTopics.slice(0, full))
      await fill(topic, MAX_ATTEMPTS_PER_TOPIC, '2026-01-01T00:00:00Z');
    await fill(checkedTopics[full]!, 1, '2025-01-01T00:00:00Z');
    return checkedTopics[full]!.join('/');
  };

  it('keeps a learner at every ceiling there, however often they grade, merge or import', async () => {
    const oldTopic = await fillToEveryCeiling();
    for (let n = 0; n < 3; n++)
      expect(await gradeCheck(null, checkForm())).toMatchObject({ ok: true });
    for (let n = 0; n < 2; n++)
      expect(
        await mergeBrowserAttempts({
          attempts: Array.from({ length: 200 }, () => browserAttempt('2026-11-20T10:00:00Z')),
        }),
      ).toMatchObject({ ok: true });
    const exported = exportFile({
      checkAnswers: Array.from({ length: 100 }, (_, n) => ({
        attemptId: `imported-${n}`,
        roadmapId,
        topicId,
        questionId: check.questions[0]!.id,
        chosenOptionIds: [],
        correct: false,
        answeredAt: '2026-11-21T10:00:00Z',
      })),
    });
    const imported = await importAccountData(null, form({ file: exported }));
    expect(imported, JSON.stringify(imported)).toMatchObject({ ok: true });

    const counts = await attemptsPerTopic();
    expect(total(counts)).toBe(MAX_ATTEMPTS_PER_LEARNER);
    expect(Math.max(...counts.values())).toBe(MAX_ATTEMPTS_PER_TOPIC);
    // The oldest attempt of all is a topic's only one, its last result: it stays.
    expect(counts.get(oldTopic)).toBe(1);
    // The newest stay: the three graded just now, on top of the topic's list.
    const [latest] = await getAttempts(learner, { roadmapId, topicId });
    expect(latest?.answeredAt.toISOString()).toBe('2026-11-22T10:00:10.000Z');
  });

  it('reads at most the ceiling’s rows for the dashboard and for one topic, whatever is stored', async () => {
    // More than either ceiling, stored before there were ceilings: five answers an attempt.
    await fill(checkedTopics[0]!, MAX_ATTEMPTS_PER_TOPIC + 10, '2026-02-01T00:00:00Z', 5);
    await fill(checkedTopics[1]!, MAX_ATTEMPTS_PER_LEARNER, '2026-03-01T00:00:00Z', 5);
    expect(await getAnswerRows(learner)).toHaveLength(MAX_ANSWER_ROWS);
    const [first, firstTopic] = checkedTopics[0]!;
    const topicRows = await getAnswerRows(learner, { roadmapId: first, topicId: firstTopic });
    expect(topicRows).toHaveLength(MAX_TOPIC_ANSWER_ROWS);
    // The newest ones: the oldest ten attempts of the topic are the ones left unread.
    expect(topicRows.at(-1)!.answeredAt.toISOString()).toBe('2026-02-01T00:11:00.000Z');
    // The dashboard reads one row per attempt, summed up by the database, not one per answer.
    expect(await getAttemptRows(learner)).toHaveLength(MAX_ATTEMPTS_PER_LEARNER);
    expect(await getAttemptRows(learner, { roadmapId: first, topicId: firstTopic })).toHaveLength(
      MAX_ATTEMPTS_PER_TOPIC,
    );
    expect((await getAttempts(learner)).length).toBeLessThanOrEqual(MAX_ATTEMPTS_PER_LEARNER);
  });
});
