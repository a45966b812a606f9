import { readdirSync } from 'node:fs';

import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { expect, it } from 'vitest';

import * as schema from './schema';

const tableNames = (module: Record<string, unknown>) =>
  Object.values(module)
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => getTableName(table));

// drizzle.config.ts reads db/schema.ts only: a table in db/schema/ that it does not re-export
// would get no migration, and the app's client would not know it.
it('db/schema.ts exports every table defined in db/schema/', async () => {
  const files = readdirSync(new URL('./schema/', import.meta.url)).filter((name) =>
    name.endsWith('.ts'),
  );
  const defined: string[] = [];
  for (const file of files) {
    defined.push(...tableNames(await import(`./schema/${file.replace(/\.ts$/, '')}`)));
  }
  expect(defined).toContain('progress');
  expect(tableNames(schema).sort()).toEqual(defined.sort());
});
