import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkAnswers, users } from '@/db/schema';
import { migrateThrough, openTestDatabase } from '@/testing/database/targets';
import { harness, integrationDrivers, testDatabase } from '@/testing/integration';
import { selectRows } from '@/testing/rows';

import { getReviewCards } from './cards';
import { replayReviewCards } from './replay';
import { reviewCard } from './schedule';
import { firstCheckedTopicForTests } from './testing';

const { roadmapId, topicId, check } = firstCheckedTopicForTests();
const questionCount = check.questions.length;

/** One attempt's answer rows, the first `misses` questions wrong, as the ladder's code stored them. */
const storedAttempt = (userId: string, iso: string, misses: number, topic = topicId) =>
  check.questions.map((q, i) => ({
    userId,
    attemptId: `${iso}-${topic}`,
    roadmapId,
    topicId: topic,
    questionId: q.id,
    chosenOptionIds: [],
    correct: i >= misses,
    answeredAt: new Date(iso),
  }));

// Attempts as the ladder (1, 3, 7, 21, 60 days) had them: passes on their due days, misses.
const history: [string, number][] = [
  ['2026-09-01T20:00:00Z', 0],
  ['2026-09-02T20:00:00Z', 0],
  ['2026-09-05T20:00:00Z', 1],
  ['2026-09-12T20:00:00Z', 0],
  ['2026-10-03T20:00:00Z', 3],
  ['2026-10-04T20:00:00Z', 0],
];
const expected = (timeZone: string) =>
  reviewCard(
    undefined,
    history.map(([iso, misses]) => ({
      answeredAt: new Date(iso),
      correctCount: questionCount - misses,
      questionCount,
    })),
    timeZone,
  );

describe.each(integrationDrivers)('the review-card migration on %s', (driver) => {
  const zones = ['Pacific/Auckland', 'America/Los_Angeles', null] as const;
  const learners = zones.map(() => randomUUID());

  // A database as the release before review cards left it, holding attempts.
  beforeAll(async () => {
    harness.database = await openTestDatabase(driver);
    await migrateThrough(harness.database, '0008_project_checklists');
    const { db } = testDatabase();
    await db.insert(users).values(learners.map((id, i) => ({ id, timeZone: zones[i] })));
    for (const id of learners)
      await db
        .insert(checkAnswers)
        .values(history.flatMap(([iso, misses]) => storedAttempt(id, iso, misses)));
    // A topic retired from content makes no card, and is not looked at again.
    await db
      .insert(checkAnswers)
      .values(storedAttempt(learners[0]!, '2026-10-01T00:00:00Z', 0, 'retired-topic'));
  }, 60_000);
  afterAll(() => harness.database?.dispose(), 30_000);

  it('replays every learner’s attempts into cards once, in each learner’s zone', async () => {
    expect(await selectRows(sql`select to_regclass('review_cards') as t`)).toEqual([{ t: null }]);
    await testDatabase().migrate();
    expect(await replayReviewCards(testDatabase().db)).toBe(3);
    for (const [i, id] of learners.entries()) {
      const cards = await getReviewCards(id);
      expect(cards).toHaveLength(1);
      expect(cards[0]).toMatchObject({ roadmapId, topicId, ...expected(zones[i] ?? 'UTC') });
    }
    // 20:00 UTC is the next morning in Auckland, the same noon in Los Angeles.
    const [auckland] = await getReviewCards(learners[0]!);
    const [losAngeles] = await getReviewCards(learners[1]!);
    expect(auckland!.lastReviewOn).toBe('2026-10-05');
    expect(losAngeles!.lastReviewOn).toBe('2026-10-04');
    expect(auckland!.lapses).toBe(1);
    // A second run (every deployment runs it) finds nothing left to do.
    expect(await replayReviewCards(testDatabase().db)).toBe(0);
    const rows = await selectRows(sql`select count(*)::int as n from review_cards`);
    expect(rows[0]!.n).toBe(3);
  });
});
