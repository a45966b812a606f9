/**
 * Every table, one file per domain in db/schema/ (drizzle.config.ts reads this file, so a table
 * is seen by `drizzle-kit generate` once it is exported here).
 */
export * from './schema/users';
export * from './schema/auth';
export * from './schema/progress';
export * from './schema/notes';
export * from './schema/projects';
export * from './schema/checks';
export * from './schema/rate-limits';
export * from './schema/plans';
export * from './schema/cohorts';
