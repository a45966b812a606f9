import { randomUUID } from 'node:crypto';

import { Pool } from 'pg';

import { databaseUrl } from '../testing/database/postgres';

/** The database the end-to-end server runs on, recreated for every run (E2E_DATABASE renames it, so two checkouts can test side by side). */
export const E2E_DATABASE = process.env.E2E_DATABASE ?? 'waymark_e2e';

let pool: Pool | undefined;

/** Reads the end-to-end server's database directly, to check what a journey stored. */
export async function queryE2eDatabase<T extends object>(text: string, values: unknown[] = []) {
  pool ??= new Pool({ connectionString: databaseUrl(E2E_DATABASE), max: 2 });
  return (await pool.query<T>(text, values)).rows;
}

/**
 * A learner with a public profile, written straight into the database: stands for rows stored
 * before a validation existed, which the pages must still show safely.
 */
export async function insertPublicLearner(
  login: string,
  { name = login, showNotes = false }: { name?: string; showNotes?: boolean } = {},
) {
  const id = randomUUID();
  await queryE2eDatabase(
    'insert into users (id, login, name, profile_public, show_notes) values ($1, $2, $3, true, $4)',
    [id, login, name, showNotes],
  );
  return id;
}
