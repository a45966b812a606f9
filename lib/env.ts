import 'server-only';

import { z } from 'zod';

/** The only reader of process.env: every setting is validated here, once, with a clear message. */
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SITE_URL: z
    .url({ error: 'SITE_URL must be an absolute URL such as https://waymark.dev' })
    .optional(),
  VERCEL: optionalText,
  VERCEL_PROJECT_PRODUCTION_URL: optionalText,
  POSTGRES_URL: optionalText,
  DATABASE_URL: optionalText,
  PGLITE_DIR: optionalText,
  WAYMARK_DATA_DIR: optionalText,
  AUTH_SECRET: optionalText,
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  /** Writes each learner, and each IP address, may make per minute. */
  WAYMARK_WRITES_PER_MINUTE: z.coerce.number().int().positive().default(120),
  WAYMARK_WRITES_PER_MINUTE_PER_IP: z.coerce.number().int().positive().default(1200),
  /**
   * Per-request reads (profiles, shared views, their images, search, /api/me) each IP address
   * may make per minute, per server instance (lib/rate-limit/reads.ts).
   */
  WAYMARK_READS_PER_MINUTE_PER_IP: z.coerce.number().int().positive().default(600),
  /** Sign-ins (OAuth callbacks) each IP address may complete per minute. */
  WAYMARK_SIGN_INS_PER_MINUTE_PER_IP: z.coerce.number().int().positive().default(30),
  /**
   * Reverse proxies in front of a self-hosted server that set X-Forwarded-For (0: none, the
   * socket's address is the client's). Ignored on Vercel, whose own headers are used.
   */
  WAYMARK_TRUSTED_PROXIES: z.coerce.number().pipe(z.int().min(0).max(10)).default(0),
  /** `1` only under `npm run bench`: opens the benchmark's baseline page (/bench). */
  WAYMARK_BENCH: z.enum(['1']).optional(),
  AUTH_GITHUB_ENTERPRISE_URL: z
    .url({
      error:
        'AUTH_GITHUB_ENTERPRISE_URL must be an absolute URL such as https://github.example.com',
    })
    .optional(),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const env = readEnv();

/** The public origin used for canonical URLs, the sitemap and link previews. */
export const siteUrl = new URL(
  env.SITE_URL ??
    (env.VERCEL_PROJECT_PRODUCTION_URL
      ? `https://${env.VERCEL_PROJECT_PRODUCTION_URL}`
      : 'http://localhost:3000'),
);

/** Where the embedded database and the generated development secret live. */
export const dataDir = env.WAYMARK_DATA_DIR ?? '.data';

/** How to find a request's client address (lib/rate-limit/address.ts). */
export const addressPolicy = {
  onVercel: env.VERCEL === '1',
  trustedProxies: env.WAYMARK_TRUSTED_PROXIES,
};

/** Whether the benchmark's baseline page answers; a 404 everywhere else. */
export const benchBaselineEnabled = env.WAYMARK_BENCH === '1';
