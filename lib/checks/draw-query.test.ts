/**
 * The draw on a real database: what a learner last answered comes from their stored answers, one
 * row per question of the bank at most, whatever else the table holds.
 */
import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';

import { QUESTIONS_PER_ATTEMPT } from '@/lib/content/check-sizes';
import { describeEachDriver, signInNewLearner, testDatabase } from '@/testing/integration';

import { answerKey, questionCounts } from './answer-key';
import { getDraw } from './personal';
import { getLastSeen } from './queries';

/** The first topic whose bank is larger than an attempt: the draw has a choice there. */
const [roadmapId, topicId] = [...questionCounts().keys()]
  .map((key) => key.split('/') as [string, string])
  .find(([roadmap, topic]) => answerKey(roadmap, topic)!.questions.length > QUESTIONS_PER_ATTEMPT)!;
const bank = answerKey(roadmapId, topicId)!.questions.map((question) => question.id);

describeEachDriver('drawing from stored answers', () => {
  let learner: string;
  let addresses = 0;
  beforeEach(async () => {
    learner = await signInNewLearner(`192.0.2.${100 + ++addresses}`);
  });

  /** One attempt answering `questions` at `at`. */
  const answer = (questions: readonly string[], at: string, attemptId = at) =>
    testDatabase().db.execute(sql`
      insert into check_answers
        (user_id, attempt_id, roadmap_id, topic_id, question_id, chosen_option_ids, correct, answered_at)
      select ${learner}, ${attemptId}, ${roadmapId}, ${topicId}, q, '{}', true, ${at}::timestamptz
      from unnest(${`{${questions.join(',')}}`}::text[]) as q`);

  it('asks the bank’s first questions first, then those never answered', async () => {
    const first = await getDraw(learner, roadmapId, topicId);
    expect(first).toEqual(bank.slice(0, QUESTIONS_PER_ATTEMPT));
    await answer(first, '2026-11-01T10:00:00Z');
    const review = await getDraw(learner, roadmapId, topicId);
    expect(review).toHaveLength(QUESTIONS_PER_ATTEMPT);
    for (const id of bank.slice(QUESTIONS_PER_ATTEMPT, 2 * QUESTIONS_PER_ATTEMPT))
      expect(review).toContain(id);
  });

  it('reads one row per question of the bank, at its latest answer, ignoring others', async () => {
    for (let n = 0; n < 50; n++)
      await answer(
        [...bank, 'retired-1', 'retired-2'],
        `2026-10-01T10:${String(n).padStart(2, '0')}:00Z`,
      );
    const seen = await getLastSeen(learner, roadmapId, topicId, bank);
    expect([...seen.keys()].sort()).toEqual([...bank].sort());
    expect(new Set(seen.values())).toEqual(new Set([Date.parse('2026-10-01T10:49:00Z')]));
  });
});
