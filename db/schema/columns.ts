import { sql } from 'drizzle-orm';
import { text, timestamp } from 'drizzle-orm/pg-core';

import { topicStatuses } from '../constraints';
import { users } from './users';

/** The learner a row belongs to; deleting the learner deletes the row. */
export const ownerColumn = (name = 'user_id') =>
  text(name)
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/** A moment a row records (created, changed), stamped by the database unless the write sets it. */
export const timestampColumn = (name: string) =>
  timestamp(name, { mode: 'date', withTimezone: true }).notNull().defaultNow();

/**
 * The key columns of a row keyed like progress: the learner, and the content ids of a roadmap and
 * a topic. Content ids are not foreign keys: a topic removed from content keeps its rows (shown
 * as retired), so content changes never lose a learner's data.
 */
export const learnerTopicColumns = () => ({
  userId: ownerColumn(),
  roadmapId: text('roadmap_id').notNull(),
  topicId: text('topic_id').notNull(),
});

/** A CHECK that `column` holds one of `statuses` (topic statuses unless told). */
export const statusCheck = (column: string, statuses: readonly string[] = topicStatuses) =>
  sql.raw(`${column} in (${statuses.map((status) => `'${status}'`).join(', ')})`);
