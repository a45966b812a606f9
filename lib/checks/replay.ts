import 'server-only';

import { and, eq, inArray, notExists, sql } from 'drizzle-orm';

import type { Database } from '@/db';
import { checkAnswers, reviewCards } from '@/db/schema';

import { questionCounts } from './answer-key';
import { attemptsOf } from './attempts';
import { foldIntoCards, lockLearner } from './cards';
import { getAttemptRows } from './queries';

/**
 * The data step of the review-card migration (issue 28), run after the SQL migrations: every
 * learner whose attempts have no card yet — all of them, the first time — gets cards replayed
 * from those attempts, so nobody loses their schedule when the ladder gives way to FSRS. Each
 * learner in a transaction of their own, locked as a submission locks them; a second run finds
 * nothing left to do. Attempts on topics retired from content make no card (and are not looked
 * at again). Returns how many learners got cards.
 */
export async function replayReviewCards(db: Database): Promise<number> {
  const checked = [...questionCounts().keys()];
  if (checked.length === 0) return 0;
  const learners = await db
    .selectDistinct({ userId: checkAnswers.userId })
    .from(checkAnswers)
    .where(
      and(
        inArray(sql`${checkAnswers.roadmapId} || '/' || ${checkAnswers.topicId}`, checked),
        notExists(
          db
            .select({ one: sql`1` })
            .from(reviewCards)
            .where(
              and(
                eq(reviewCards.userId, checkAnswers.userId),
                eq(reviewCards.roadmapId, checkAnswers.roadmapId),
                eq(reviewCards.topicId, checkAnswers.topicId),
              ),
            ),
        ),
      ),
    );
  for (const { userId } of learners) {
    await db.transaction(async (tx) => {
      const timeZone = await lockLearner(tx, userId);
      const attempts = attemptsOf(await getAttemptRows(userId, {}, tx), questionCounts());
      await foldIntoCards(tx, userId, timeZone, attempts);
    });
  }
  return learners.length;
}
