import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

import {
  MAX_MINUTES_PER_DAY,
  MAX_MINUTES_PER_WEEK,
  MAX_NOTE_LENGTH,
  MAX_PROJECT_URL_LENGTH,
  MIN_MINUTES_PER_WEEK,
  projectStatuses,
  topicStatuses,
} from './constraints';

/**
 * A learner. Identified by our own id; the GitHub identity lives in `accounts`, keyed on GitHub's
 * numeric user id. E-mail columns exist only because Auth.js's adapter expects them: Waymark never
 * stores an address, so accounts can never be linked by e-mail.
 */
export const users = pgTable(
  'users',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text('name'),
    login: text('login'),
    image: text('image'),
    email: text('email').unique(),
    emailVerified: timestamp('email_verified', { mode: 'date', withTimezone: true }),
    createdAt: timestamp('created_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
    /** IANA zone reported by the learner's browser: streaks count the learner's days, not UTC's. */
    timeZone: text('time_zone'),
    /** Settings: whether /u/<login> exists, the name it shows, and whether it shows notes. */
    profilePublic: boolean('profile_public').notNull().default(false),
    displayName: text('display_name'),
    showNotes: boolean('show_notes').notNull().default(false),
  },
  // Public profiles are found by login, case-insensitively as GitHub treats logins. Not unique: a
  // login freed by a rename can belong to a second learner before the first signs in again.
  (table) => [index('users_login_idx').on(sql`lower(${table.login})`)],
);

/** The learner a row belongs to; deleting the learner deletes the row. */
const ownerColumn = () =>
  text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

export const accounts = pgTable(
  'accounts',
  {
    userId: ownerColumn(),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    // OAuth token columns required by the adapter's table shape; Waymark keeps them empty.
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (table) => [
    primaryKey({ columns: [table.provider, table.providerAccountId] }),
    index('accounts_user_id_idx').on(table.userId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    sessionToken: text('session_token').primaryKey(),
    userId: ownerColumn(),
    expires: timestamp('expires', { mode: 'date', withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

const statusCheck = (column: string, statuses: readonly string[] = topicStatuses) =>
  sql.raw(`${column} in (${statuses.map((status) => `'${status}'`).join(', ')})`);

/**
 * A learner's current status of one topic. Topic ids are content ids, not foreign keys: a topic
 * removed from content keeps its row (shown as retired), so content changes never lose progress.
 * "Not started" is stored too: resetting is a change that the merge rule must see.
 */
export const progress = pgTable(
  'progress',
  {
    userId: ownerColumn(),
    roadmapId: text('roadmap_id').notNull(),
    topicId: text('topic_id').notNull(),
    status: text('status', { enum: topicStatuses }).notNull(),
    updatedAt: timestamp('updated_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
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
    userId: ownerColumn(),
    roadmapId: text('roadmap_id').notNull(),
    topicId: text('topic_id').notNull(),
    status: text('status', { enum: topicStatuses }).notNull(),
    /** What made the change: the learner's control, a reset, or a merge of browser progress. */
    source: text('source', { enum: ['control', 'reset', 'merge', 'import'] }).notNull(),
    changedAt: timestamp('changed_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('progress_events_user_changed_idx').on(table.userId, table.changedAt),
    check('progress_events_status_check', statusCheck('status')),
  ],
);

/**
 * A learner's private note on one topic, in Markdown. Keyed like progress (content ids, no foreign
 * key to content) so a retired topic keeps its note; an emptied note is deleted, never stored.
 */
export const notes = pgTable(
  'notes',
  {
    userId: ownerColumn(),
    roadmapId: text('roadmap_id').notNull(),
    topicId: text('topic_id').notNull(),
    body: text('body').notNull(),
    updatedAt: timestamp('updated_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.roadmapId, table.topicId] }),
    check('notes_body_length_check', sql.raw(`char_length(body) between 1 and ${MAX_NOTE_LENGTH}`)),
  ],
);

/**
 * A learner's status of one step project and the link to what they built. Keyed like progress
 * (content ids, no foreign key to content), in its own table so project progress never counts
 * toward topic percentages, streaks or the topic history.
 */
export const projectProgress = pgTable(
  'project_progress',
  {
    userId: ownerColumn(),
    roadmapId: text('roadmap_id').notNull(),
    projectId: text('project_id').notNull(),
    status: text('status', { enum: projectStatuses }).notNull(),
    /** The learner's public repository or demo: https only, checked on the server. */
    url: text('url'),
    updatedAt: timestamp('updated_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.roadmapId, table.projectId] }),
    check('project_progress_status_check', statusCheck('status', projectStatuses)),
    check(
      'project_progress_url_check',
      sql.raw(
        `url is null or (url like 'https://%' and char_length(url) <= ${MAX_PROJECT_URL_LENGTH})`,
      ),
    ),
  ],
);

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

/**
 * Writes counted per key (`learner:<id>`, `ip:<address>`) and fixed window, in the database so
 * every server instance (several functions on Vercel) shares one count. Rows are short-lived:
 * old windows are purged as new ones are written. The table is unlogged (migration 0004, which
 * drizzle-kit cannot express; it explains why).
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { mode: 'date', withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] })],
);

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
    createdAt: timestamp('created_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
    /** The last change of this version (a same-day edit replaces it): the merge rule's time. */
    updatedAt: timestamp('updated_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
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
    userId: ownerColumn(),
    roadmapId: text('roadmap_id').notNull(),
    topicId: text('topic_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    updatedAt: timestamp('updated_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
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
  createdAt: timestamp('created_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
});

export type User = typeof users.$inferSelect;
export type Account = typeof accounts.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Progress = typeof progress.$inferSelect;
export type ProgressEvent = typeof progressEvents.$inferSelect;
export type Note = typeof notes.$inferSelect;
export type ProjectProgress = typeof projectProgress.$inferSelect;
export type CheckAnswer = typeof checkAnswers.$inferSelect;
export type StudyPlanVersion = typeof studyPlanVersions.$inferSelect;
export type TimeLogRow = typeof timeLog.$inferSelect;
