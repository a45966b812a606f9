import 'server-only';

import { and, desc, eq, sql } from 'drizzle-orm';

import { getDb, type Transaction } from '@/db';
import { checkAnswers, users } from '@/db/schema';

import type { StoredAttempt } from './attempts';
import {
  MAX_ANSWER_ROWS,
  MAX_ATTEMPTS_PER_LEARNER,
  MAX_ATTEMPTS_PER_TOPIC,
  MAX_TOPIC_ANSWER_ROWS,
} from './limits';

export type AnswerRow = {
  attemptId: string;
  roadmapId: string;
  topicId: string;
  questionId: string;
  chosenOptionIds: string[];
  correct: boolean;
  answeredAt: Date;
};

const answerColumns = {
  attemptId: checkAnswers.attemptId,
  roadmapId: checkAnswers.roadmapId,
  topicId: checkAnswers.topicId,
  questionId: checkAnswers.questionId,
  chosenOptionIds: checkAnswers.chosenOptionIds,
  correct: checkAnswers.correct,
  answeredAt: checkAnswers.answeredAt,
};

/**
 * Stores answers (a new attempt, a merge of a visitor's results) and compacts the learner's
 * answers to their ceilings, together or not at all; an attempt already stored is skipped, so
 * sending it twice changes nothing. Returns how many rows were added.
 */
export async function storeAnswers(userId: string, rows: readonly AnswerRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const db = await getDb();
  return db.transaction((tx) => storeAnswersWithin(tx, userId, rows));
}

/** {@link storeAnswers} inside the caller's transaction (an import's). */
export async function storeAnswersWithin(
  tx: Transaction,
  userId: string,
  rows: readonly AnswerRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  // One learner's answer writes take turns, so two at once cannot both keep one over the ceiling.
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
  const added = await tx
    .insert(checkAnswers)
    .values(rows.map((row) => ({ ...row, userId })))
    .onConflictDoNothing()
    .returning({ id: checkAnswers.id });
  await compactAnswers(tx, userId);
  return added.length;
}

/**
 * Drops the learner's oldest attempts beyond {@link MAX_ATTEMPTS_PER_TOPIC} on a topic and
 * {@link MAX_ATTEMPTS_PER_LEARNER} in all. For the account's ceiling each topic's latest attempt
 * ranks first, so a topic keeps its last result (and review date) however many newer attempts
 * other topics have, and attempts past their topic's ceiling rank last, as they go anyway.
 */
async function compactAnswers(tx: Transaction, userId: string) {
  await tx.execute(sql`
    delete from ${checkAnswers} where user_id = ${userId}
    and (attempt_id, roadmap_id, topic_id) in (
      select attempt_id, roadmap_id, topic_id from (
        select attempt_id, roadmap_id, topic_id, in_topic,
          row_number() over (
            order by in_topic > ${MAX_ATTEMPTS_PER_TOPIC}, in_topic > 1, answered_at desc, attempt_id desc
          ) as in_account
        from (
          select attempt_id, roadmap_id, topic_id, max(answered_at) as answered_at,
            row_number() over (
              partition by roadmap_id, topic_id order by max(answered_at) desc, attempt_id desc
            ) as in_topic
          from ${checkAnswers} where user_id = ${userId}
          group by attempt_id, roadmap_id, topic_id
        ) by_topic
      ) ranked
      where in_topic > ${MAX_ATTEMPTS_PER_TOPIC} or in_account > ${MAX_ATTEMPTS_PER_LEARNER})`);
}

type Scope = { roadmapId?: string; topicId?: string };

/** The learner's answers, all, one roadmap's or one topic's. */
const ofScope = (userId: string, scope: Scope) =>
  and(
    eq(checkAnswers.userId, userId),
    scope.roadmapId === undefined ? undefined : eq(checkAnswers.roadmapId, scope.roadmapId),
    scope.topicId === undefined ? undefined : eq(checkAnswers.topicId, scope.topicId),
  );

/**
 * A learner's attempts — all, one roadmap's or one topic's — newest first, up to the ceiling: one
 * row per attempt, its answers counted by the database, for pages that only need each result.
 */
export async function getAttemptRows(userId: string, scope: Scope = {}): Promise<StoredAttempt[]> {
  const db = await getDb();
  const answeredAt = sql<Date>`max(${checkAnswers.answeredAt})`.mapWith(checkAnswers.answeredAt);
  return db
    .select({
      attemptId: checkAnswers.attemptId,
      roadmapId: checkAnswers.roadmapId,
      topicId: checkAnswers.topicId,
      answeredAt,
      correctCount: sql<number>`(count(*) filter (where ${checkAnswers.correct}))::int`,
    })
    .from(checkAnswers)
    .where(ofScope(userId, scope))
    .groupBy(checkAnswers.attemptId, checkAnswers.roadmapId, checkAnswers.topicId)
    .orderBy(desc(answeredAt), checkAnswers.attemptId)
    .limit(scope.topicId === undefined ? MAX_ATTEMPTS_PER_LEARNER : MAX_ATTEMPTS_PER_TOPIC);
}

/** A learner's answers — all, one roadmap's or one topic's — newest first, up to the ceiling. */
export async function getAnswerRows(userId: string, scope: Scope = {}): Promise<AnswerRow[]> {
  const db = await getDb();
  return (
    db
      .select(answerColumns)
      .from(checkAnswers)
      .where(ofScope(userId, scope))
      .orderBy(desc(checkAnswers.answeredAt), checkAnswers.questionId)
      // Storage keeps no more (storeAnswers); the read says so too, whatever the table holds.
      .limit(scope.topicId === undefined ? MAX_ANSWER_ROWS : MAX_TOPIC_ANSWER_ROWS)
  );
}
