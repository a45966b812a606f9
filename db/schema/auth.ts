import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

import { ownerColumn } from './columns';

/** Auth.js's tables, in the shape its Drizzle adapter expects: the GitHub identity and sessions. */
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

export type Account = typeof accounts.$inferSelect;
export type Session = typeof sessions.$inferSelect;
