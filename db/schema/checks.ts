import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

import { learnerTopicColumns, ownerColumn } from './columns';

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

/**
 * A topic's FSRS review card (issue 28): the scheduler's state after the learner's attempts,
 * written in the same transaction as each attempt, so the schedule keeps its whole history
 * however many old attempts the ceilings trim. Days are the learner's calendar days when
 * reviewed. One row per learner and topic with a check: bounded by the content, like progress.
 */
export const reviewCards = pgTable(
  'review_cards',
  {
    ...learnerTopicColumns(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    lastReviewOn: date('last_review_on', { mode: 'string' }).notNull(),
    lastAnsweredAt: timestamp('last_answered_at', { mode: 'date', withTimezone: true }).notNull(),
    stability: doublePrecision('stability').notNull(),
    difficulty: doublePrecision('difficulty').notNull(),
    scheduledDays: integer('scheduled_days').notNull(),
    learningSteps: integer('learning_steps').notNull(),
    reps: integer('reps').notNull(),
    lapses: integer('lapses').notNull(),
    /** ts-fsrs's State: 0 new, 1 learning, 2 review, 3 relearning. */
    state: smallint('state').notNull(),
  },
  (table) => [
    // Also serves "this learner's cards", the dashboard's read: (user_id) is its prefix.
    primaryKey({ columns: [table.userId, table.roadmapId, table.topicId] }),
    check('review_cards_state_check', sql`${table.state} between 0 and 3`),
  ],
);

export type ReviewCardRow = typeof reviewCards.$inferSelect;
