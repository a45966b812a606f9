import 'server-only';

import { z } from 'zod';

/** A setting that may be unset or blank: both mean unset. */
export const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

/**
 * The settings that choose and open the database. They are validated here so that db/ needs
 * nothing from lib/; lib/env.ts extends this schema with every other setting.
 */
export const databaseSettingsSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  VERCEL: optionalText,
  POSTGRES_URL: optionalText,
  DATABASE_URL: optionalText,
  PGLITE_DIR: optionalText,
  WAYMARK_DATA_DIR: optionalText,
});

function readDatabaseSettings() {
  const result = databaseSettingsSchema.safeParse(process.env);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const databaseSettings = readDatabaseSettings();

/** Where the embedded database and the generated development secret live. */
export const dataDir = databaseSettings.WAYMARK_DATA_DIR ?? '.data';
