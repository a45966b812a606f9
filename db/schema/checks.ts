import { bigint, boolean, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

import { ownerColumn } from './columns';

/**
 * One answered question of a knowledge check (issue 20): a submission stores a row per question
 * answered, sharing its `attemptId`. Keyed on content ids like progress, so a retired question
 * keeps its history. Unique per learner, attempt and question, so a merge or an import that
 * sends the same attempt twice stores it once.
 */
export const checkAnswers = pgTable(
  'check_answers',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: ownerColumn(),
    attemptId: text('attempt_id').notNull(),
    roadmapId: text('roadmap_id').notNull(),
    topicId: text('topic_id').notNull(),
    questionId: text('question_id').notNull(),
    chosenOptionIds: text('chosen_option_ids').array().notNull(),
    correct: boolean('correct').notNull(),
    answeredAt: timestamp('answered_at', { mode: 'date', withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('check_answers_attempt_question_idx').on(
      table.userId,
      table.attemptId,
      table.questionId,
    ),
    // "This learner's answers on this roadmap (topic), newest first": the topic, the dashboard.
    index('check_answers_user_topic_idx').on(
      table.userId,
      table.roadmapId,
      table.topicId,
      table.answeredAt,
    ),
  ],
);

export type CheckAnswer = typeof checkAnswers.$inferSelect;
