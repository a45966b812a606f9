import 'server-only';

import { and, desc, eq } from 'drizzle-orm';

import { getDb, type Database, type Transaction } from '@/db';
import { checkAnswers } from '@/db/schema';

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
 * Stores answers (a new attempt, a merge of a visitor's results, an import — inside the import's
 * transaction); an attempt already stored is skipped, so sending it twice changes nothing.
 * Returns how many rows were added.
 */
export async function storeAnswers(
  userId: string,
  rows: readonly AnswerRow[],
  db?: Database | Transaction,
): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await (db ?? (await getDb()))
    .insert(checkAnswers)
    .values(rows.map((row) => ({ ...row, userId })))
    .onConflictDoNothing()
    .returning({ id: checkAnswers.id });
  return added.length;
}

/** A learner's answers — all, one roadmap's or one topic's — newest first. */
export async function getAnswerRows(
  userId: string,
  scope: { roadmapId?: string; topicId?: string } = {},
): Promise<AnswerRow[]> {
  const db = await getDb();
  return db
    .select(answerColumns)
    .from(checkAnswers)
    .where(
      and(
        eq(checkAnswers.userId, userId),
        scope.roadmapId === undefined ? undefined : eq(checkAnswers.roadmapId, scope.roadmapId),
        scope.topicId === undefined ? undefined : eq(checkAnswers.topicId, scope.topicId),
      ),
    )
    .orderBy(desc(checkAnswers.answeredAt), checkAnswers.questionId);
}
