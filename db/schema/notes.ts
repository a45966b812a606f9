import { sql } from 'drizzle-orm';
import { check, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

import { MAX_NOTE_LENGTH } from '../constraints';
import { learnerTopicColumns, timestampColumn } from './columns';

/**
 * A learner's private note on one topic, in Markdown. Keyed like progress (content ids, no foreign
 * key to content) so a retired topic keeps its note; an emptied note is deleted, never stored.
 */
export const notes = pgTable(
  'notes',
  {
    ...learnerTopicColumns(),
    body: text('body').notNull(),
    updatedAt: timestampColumn('updated_at'),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.roadmapId, table.topicId] }),
    check('notes_body_length_check', sql.raw(`char_length(body) between 1 and ${MAX_NOTE_LENGTH}`)),
  ],
);

export type Note = typeof notes.$inferSelect;
