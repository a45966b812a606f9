import { Pool } from 'pg';

import { databaseUrl } from '../db/testing/postgres';

/** The database the end-to-end server runs on, recreated for every run (E2E_DATABASE renames it, so two checkouts can test side by side). */
export const E2E_DATABASE = process.env.E2E_DATABASE ?? 'waymark_e2e';

let pool: Pool | undefined;

/** Reads the end-to-end server's database directly, to check what a journey stored. */
export async function queryE2eDatabase<T extends object>(text: string, values: unknown[] = []) {
  pool ??= new Pool({ connectionString: databaseUrl(E2E_DATABASE), max: 2 });
  return (await pool.query<T>(text, values)).rows;
}
