import { bigint, check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

import { topicStatuses } from '../constraints';
import { learnerTopicColumns, statusCheck, timestampColumn } from './columns';

/**
 * A learner's current status of one topic, keyed by content ids (see `learnerTopicColumns`).
 * "Not started" is stored too: resetting is a change that the merge rule must see.
 */
export const progress = pgTable(
  'progress',
  {
    ...learnerTopicColumns(),
    status: text('status', { enum: topicStatuses }).notNull(),
    updatedAt: timestampColumn('updated_at'),
  },
  (table) => [
    // Also serves "this learner's progress on this roadmap": (user_id, roadmap_id) is its prefix.
    primaryKey({ columns: [table.userId, table.roadmapId, table.topicId] }),
    check('progress_status_check', statusCheck('status')),
  ],
);

/** Every accepted status change, appended in the same transaction as the progress row. */
export const progressEvents = pgTable(
  'progress_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ...learnerTopicColumns(),
    status: text('status', { enum: topicStatuses }).notNull(),
    /** What made the change: the learner's control, a reset, or a merge of browser progress. */
    source: text('source', { enum: ['control', 'reset', 'merge', 'import'] }).notNull(),
    changedAt: timestampColumn('changed_at'),
  },
  (table) => [
    index('progress_events_user_changed_idx').on(table.userId, table.changedAt),
    check('progress_events_status_check', statusCheck('status')),
  ],
);

export type Progress = typeof progress.$inferSelect;
export type ProgressEvent = typeof progressEvents.$inferSelect;
