import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

import {
  cohortRoles,
  MAX_COHORT_NAME_LENGTH,
  MAX_MINUTES_PER_WEEK,
  MIN_MINUTES_PER_WEEK,
} from '../constraints';
import { ownerColumn, statusCheck, timestampColumn } from './columns';

/**
 * A group learning one roadmap together, run by its owner. The roadmap is a content id (no
 * foreign key to content, as for progress). Deleting the owner's account deletes the cohort, its
 * memberships and its invites: nobody else may run what the owner built.
 */
/** A row's own id, random, so no id reveals how many cohorts or invites there are. */
const randomIdColumn = () =>
  text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

/** A moment that may not have happened yet (archived, revoked). */
const optionalMomentColumn = (name: string) =>
  timestamp(name, { mode: 'date', withTimezone: true });

export const cohorts = pgTable(
  'cohorts',
  {
    id: randomIdColumn(),
    ownerId: ownerColumn('owner_id'),
    name: text('name').notNull(),
    roadmapId: text('roadmap_id').notNull(),
    createdAt: timestampColumn('created_at'),
    archivedAt: optionalMomentColumn('archived_at'),
    /**
     * The schedule, optional: the first day, and either a weekly pace or a last day, from which
     * each step's week follows (lib/cohorts/schedule.ts). All three empty: no schedule.
     */
    startsOn: date('starts_on', { mode: 'string' }),
    minutesPerWeek: integer('minutes_per_week'),
    endsOn: date('ends_on', { mode: 'string' }),
    /** Whether the schedule and the grid's standing count the roadmap's optional steps. */
    countsOptional: boolean('counts_optional').notNull().default(true),
    /**
     * Whether members see each other's progress: the owner's choice, and then only of the members
     * who chose to show theirs (`cohort_members.shares_with_members`).
     */
    membersSeeEachOther: boolean('members_see_each_other').notNull().default(false),
  },
  (table) => [
    // The owner's ceiling counts their cohorts.
    index('cohorts_owner_idx').on(table.ownerId),
    check(
      'cohorts_name_check',
      sql.raw(`char_length(name) between 1 and ${MAX_COHORT_NAME_LENGTH}`),
    ),
    check(
      'cohorts_schedule_check',
      sql.raw(
        `(starts_on is null and minutes_per_week is null and ends_on is null) or (starts_on is not null and (minutes_per_week is null) <> (ends_on is null) and (minutes_per_week is null or minutes_per_week between ${MIN_MINUTES_PER_WEEK} and ${MAX_MINUTES_PER_WEEK}) and (ends_on is null or ends_on > starts_on))`,
      ),
    ),
  ],
);

/** The cohort a row belongs to; deleting the cohort deletes the row. */
const cohortColumn = () =>
  text('cohort_id')
    .notNull()
    .references(() => cohorts.id, { onDelete: 'cascade' });

/**
 * Who belongs to a cohort and what they share with it: statuses on its roadmap always (that is
 * what joining means), check results and study time only once the member turns them on, and all
 * of that with the other members only once they turn that on too.
 */
export const cohortMembers = pgTable(
  'cohort_members',
  {
    cohortId: cohortColumn(),
    userId: ownerColumn(),
    role: text('role', { enum: cohortRoles }).notNull(),
    sharesChecks: boolean('shares_checks').notNull().default(false),
    sharesTime: boolean('shares_time').notNull().default(false),
    sharesWithMembers: boolean('shares_with_members').notNull().default(false),
    joinedAt: timestampColumn('joined_at'),
  },
  (table) => [
    primaryKey({ columns: [table.cohortId, table.userId] }),
    // A learner's memberships (their list and its ceiling).
    index('cohort_members_user_idx').on(table.userId),
    check('cohort_members_role_check', statusCheck('role', cohortRoles)),
  ],
);

/**
 * A link that lets learners join a cohort. Only the SHA-256 of its token is kept, so a copy of
 * the database joins nobody anywhere; `uses` counts the learners who joined through it.
 */
export const cohortInvites = pgTable(
  'cohort_invites',
  {
    id: randomIdColumn(),
    cohortId: cohortColumn(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { mode: 'date', withTimezone: true }).notNull(),
    maxUses: integer('max_uses'),
    uses: integer('uses').notNull().default(0),
    revokedAt: optionalMomentColumn('revoked_at'),
    createdAt: timestampColumn('created_at'),
  },
  (table) => [
    index('cohort_invites_cohort_idx').on(table.cohortId),
    check(
      'cohort_invites_uses_check',
      sql.raw('uses >= 0 and (max_uses is null or uses <= max_uses)'),
    ),
  ],
);

export type Cohort = typeof cohorts.$inferSelect;
export type CohortMember = typeof cohortMembers.$inferSelect;
export type CohortInvite = typeof cohortInvites.$inferSelect;
export type CohortRole = (typeof cohortRoles)[number];
