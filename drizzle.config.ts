import { defineConfig } from 'drizzle-kit';

// drizzle-kit is a developer tool: `db:generate` needs only the schema; `db:studio` opens the
// database named by DATABASE_URL / POSTGRES_URL, or the embedded one in .data/pglite.
const url = process.env.DATABASE_URL ?? process.env.POSTGRES_URL;

export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  casing: 'snake_case',
  ...(url
    ? { dbCredentials: { url } }
    : { driver: 'pglite', dbCredentials: { url: process.env.PGLITE_DIR ?? '.data/pglite' } }),
});
