import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

import { MAX_MINUTES_PER_DAY, MAX_MINUTES_PER_WEEK, MIN_MINUTES_PER_WEEK } from '../constraints';
import { learnerTopicColumns, ownerColumn, timestampColumn } from './columns';

/**
 * A learner's study plan for one roadmap, as its history: one row per pace they set, keyed by the
 * learner's day it took effect (a second change on the same day replaces that day's), so "on
 * track" measures each day against the pace planned then. Study days are a bit mask, Monday in
 * the lowest bit. The plan started when its first row was created.
 */
export const studyPlanVersions = pgTable(
  'study_plan_versions',
  {
    userId: ownerColumn(),
    roadmapId: text('roadmap_id').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    minutesPerWeek: integer('minutes_per_week').notNull(),
    studyDays: integer('study_days').notNull(),
    targetDate: date('target_date', { mode: 'string' }),
    createdAt: timestampColumn('created_at'),
    /** The last change of this version (a same-day edit replaces it): the merge rule's time. */
    updatedAt: timestampColumn('updated_at'),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.roadmapId, table.startsOn] }),
    check(
      'study_plan_versions_minutes_check',
      sql.raw(`minutes_per_week between ${MIN_MINUTES_PER_WEEK} and ${MAX_MINUTES_PER_WEEK}`),
    ),
    check('study_plan_versions_days_check', sql.raw('study_days between 1 and 127')),
  ],
);

/**
 * Time a learner logged on a topic, summed per day (the learner's day when they logged it, so a
 * later move to another time zone leaves past weeks as they were). Keyed like progress: content
 * ids, no foreign key to content.
 */
export const timeLog = pgTable(
  'time_log',
  {
    ...learnerTopicColumns(),
    day: date('day', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    updatedAt: timestampColumn('updated_at'),
  },
  (table) => [
    // Also serves one roadmap's time: (user_id, roadmap_id) is its prefix.
    primaryKey({ columns: [table.userId, table.roadmapId, table.topicId, table.day] }),
    // The weekly chart: every roadmap's time since a day.
    index('time_log_user_day_idx').on(table.userId, table.day),
    check('time_log_minutes_check', sql.raw(`minutes between 1 and ${MAX_MINUTES_PER_DAY}`)),
  ],
);

/**
 * A learner's private calendar feed: only a SHA-256 hash of its token is kept, so a copy of the
 * database cannot subscribe to anyone's calendar. Regenerating replaces the row (revoking the old
 * URL); there is at most one per learner.
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: ownerColumn().primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestampColumn('created_at'),
});

export type StudyPlanVersion = typeof studyPlanVersions.$inferSelect;
export type TimeLogRow = typeof timeLog.$inferSelect;
