/** Reading the test database directly: what a write stored, or that a refusal stored nothing. */
import { sql, type SQL } from 'drizzle-orm';

import { queryRows } from '@/testing/database/targets';

import { testDatabase } from './harness';

/** The rows the test database answers `query` with. */
export function selectRows(query: SQL) {
  return queryRows(testDatabase(), query);
}

/** How many rows the test database holds in `table`, optionally narrowed by a `where` clause. */
export async function countRows(table: string, where?: SQL) {
  const filter = where ? sql` where ${where}` : sql``;
  const rows = await selectRows(
    sql`select count(*)::int as n from ${sql.identifier(table)}${filter}`,
  );
  return rows[0]!.n;
}
