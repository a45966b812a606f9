import { sql } from 'drizzle-orm';

/** A list of ids for `in (…)`. */
export const idList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
