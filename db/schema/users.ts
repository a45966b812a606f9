import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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

export type User = typeof users.$inferSelect;
