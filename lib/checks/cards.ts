import 'server-only';

import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';

import { getDb, type Transaction } from '@/db';
import { reviewCards, users, type ReviewCardRow } from '@/db/schema';
import { usableTimeZone } from '@/lib/time-zone';

import { questionCounts } from './answer-key';
import {
  attemptsByTopic,
  attemptsOf,
  topicKey,
  type Attempt,
  type StoredAttempt,
} from './attempts';
import { MAX_REVIEW_CARDS } from './limits';
import { getAttemptRows, storeAnswers, type AnswerRow } from './queries';
import { reviewCard, type ReviewCard } from './schedule';

export type TopicCard = ReviewCard & { roadmapId: string; topicId: string };

/** One stored attempt per attempt id of `rows`, its correct answers counted. */
function attemptsIn(rows: readonly AnswerRow[]): StoredAttempt[] {
  const byId = new Map<string, StoredAttempt>();
  for (const { attemptId, roadmapId, topicId, answeredAt, correct } of rows) {
    const attempt = byId.get(attemptId) ?? {
      attemptId,
      roadmapId,
      topicId,
      answeredAt,
      correctCount: 0,
    };
    if (correct) attempt.correctCount++;
    byId.set(attemptId, attempt);
  }
  return [...byId.values()];
}

/**
 * Stores answers (one attempt or many, from any door) and moves each topic's review card with
 * them, in one transaction (`tx` when the caller has one). Answers with how many answers were
 * added and the cards of the topics they belong to, keyed `roadmap/topic`.
 */
export async function storeAnswersAndCards(
  userId: string,
  rows: readonly AnswerRow[],
  tx?: Transaction,
): Promise<{ added: number; cards: Map<string, ReviewCard> }> {
  if (rows.length === 0) return { added: 0, cards: new Map() };
  if (!tx) return (await getDb()).transaction((own) => storeAnswersAndCards(userId, rows, own));
  const timeZone = await lockLearner(tx, userId);
  const added = await storeAnswers(userId, rows, tx);
  const attempts = attemptsOf(attemptsIn(rows), questionCounts());
  return { added, cards: await foldIntoCards(tx, userId, timeZone, attempts) };
}

/**
 * Locks the learner's row for the rest of the transaction, so two writes of one learner's cards
 * fold one after the other, never from the same state; answers with the learner's time zone.
 */
export async function lockLearner(tx: Transaction, userId: string): Promise<string> {
  const [owner] = await tx
    .select({ timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, userId))
    .for('no key update');
  return usableTimeZone(owner?.timeZone);
}

/**
 * Folds new attempts into their topics' cards. A topic without a card yet replays every attempt
 * stored for it (the new ones are stored by then): attempts made before cards existed, or before
 * the migration's replay reached this learner, still count. Answers with each topic's card.
 */
export async function foldIntoCards(
  tx: Transaction,
  userId: string,
  timeZone: string,
  attempts: readonly Attempt[],
): Promise<Map<string, ReviewCard>> {
  const incoming = attemptsByTopic(attempts);
  const result = new Map<string, ReviewCard>();
  if (incoming.size === 0) return result;
  const keys = [...incoming.values()].map(
    ([first]) => sql`(${first!.roadmapId}, ${first!.topicId})`,
  );
  const stored = await tx
    .select()
    .from(reviewCards)
    .where(
      and(
        eq(reviewCards.userId, userId),
        inArray(sql`(${reviewCards.roadmapId}, ${reviewCards.topicId})`, keys),
      ),
    );
  const cards = new Map<string, ReviewCard>(
    stored.map((row) => [topicKey(row.roadmapId, row.topicId), row]),
  );
  const cardless = [...incoming.entries()].filter(([key]) => !cards.has(key));
  // One topic (a first attempt) reads its own history; several (a merge, the replay) read all.
  const history =
    cardless.length === 0
      ? new Map<string, Attempt[]>()
      : attemptsByTopic(
          attemptsOf(
            await getAttemptRows(userId, cardless.length === 1 ? cardless[0]![1][0]! : {}, tx),
            questionCounts(),
          ),
        );
  const next: ReviewCardRow[] = [];
  for (const [key, topicAttempts] of incoming) {
    const { roadmapId, topicId } = topicAttempts[0]!;
    const card = cards.get(key);
    const folded = reviewCard(card, card ? topicAttempts : (history.get(key) ?? []), timeZone);
    if (folded) result.set(key, folded);
    if (folded && folded !== card) next.push({ userId, roadmapId, topicId, ...folded });
  }
  await writeCards(tx, next);
  return result;
}

/** On conflict, every column but the key takes the incoming row's value. */
const replaceCard = Object.fromEntries(
  Object.entries(getTableColumns(reviewCards))
    .filter(([name]) => !['userId', 'roadmapId', 'topicId'].includes(name))
    .map(([name, column]) => [name, sql.raw(`excluded.${column.name}`)]),
);

async function writeCards(tx: Transaction, rows: readonly ReviewCardRow[]) {
  if (rows.length === 0) return;
  await tx
    .insert(reviewCards)
    .values([...rows])
    .onConflictDoUpdate({
      target: [reviewCards.userId, reviewCards.roadmapId, reviewCards.topicId],
      set: replaceCard,
    });
}

/** A learner's review cards, all or one topic's, soonest due first, up to the ceiling. */
export async function getReviewCards(
  userId: string,
  scope: { roadmapId?: string; topicId?: string } = {},
): Promise<TopicCard[]> {
  const db = await getDb();
  return db
    .select()
    .from(reviewCards)
    .where(
      and(
        eq(reviewCards.userId, userId),
        scope.roadmapId === undefined ? undefined : eq(reviewCards.roadmapId, scope.roadmapId),
        scope.topicId === undefined ? undefined : eq(reviewCards.topicId, scope.topicId),
      ),
    )
    .orderBy(asc(reviewCards.dueOn))
    .limit(MAX_REVIEW_CARDS);
}
