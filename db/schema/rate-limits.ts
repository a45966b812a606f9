import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

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
