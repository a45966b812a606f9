import 'server-only';

import { z } from 'zod';

import { databaseSettingsSchema, optionalText } from '@/db/settings';
import { siteOrigin } from '@/lib/site-url';

/**
 * Every setting of the app, validated once with a clear message: the database's own in
 * db/settings.ts (so db/ needs nothing from lib/), extended here with the rest. One exception:
 * instrumentation.ts tests `NEXT_RUNTIME` (set by Next.js itself) before it may load this
 * server-only module. Tooling that runs outside the app reads its own variables (next.config.js,
 * drizzle.config.ts, scripts/, bench/, the test harnesses).
 */
const schema = databaseSettingsSchema.extend({
  SITE_URL: z
    .url({ error: 'SITE_URL must be an absolute URL such as https://waymark.dev' })
    .optional(),
  VERCEL_PROJECT_PRODUCTION_URL: optionalText,
  AUTH_SECRET: optionalText,
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  /** Writes each learner, and each IP address, may make per minute. */
  WAYMARK_WRITES_PER_MINUTE: z.coerce.number().int().positive().default(120),
  WAYMARK_WRITES_PER_MINUTE_PER_IP: z.coerce.number().int().positive().default(1200),
  /**
   * Reads each IP address may make per minute, per server instance, of the pages and answers
   * rendered per request from the database (lib/route-table.ts lists them; an Open
   * Graph image or an export costs 10), counted once per request (lib/rate-limit/reads.ts).
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
  /** `1` only under `npm run dev` without an OAuth app: sign-in goes through the local stand-in. */
  WAYMARK_LOCAL_SIGNIN: z.enum(['1']).optional(),
  /** Where `npm run dev` starts the stand-in; 0, the default, takes any free port. */
  WAYMARK_LOCAL_GITHUB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
});

/**
 * The local test sign-in signs anyone in as anyone, so it exists only in development, and only
 * pointed at a stand-in on this machine. Checked here so `next build` and `next start` refuse it
 * before serving anything. NODE_ENV alone is not enough: `NODE_ENV=development next start` runs a
 * production build, which is why the build itself is asked too (`productionBuild`).
 */
function checkLocalSignIn(value: Env, context: z.RefinementCtx, productionBuild: boolean) {
  if (!value.WAYMARK_LOCAL_SIGNIN) return;
  const refuse = (reason: string) =>
    context.addIssue({
      code: 'custom',
      path: ['WAYMARK_LOCAL_SIGNIN'],
      message:
        'WAYMARK_LOCAL_SIGNIN turns on the local test sign-in of `npm run dev`, which lets anyone ' +
        `sign in as anyone: ${reason}. ` +
        'Unset it, and set AUTH_GITHUB_ID and AUTH_GITHUB_SECRET from a GitHub OAuth app.',
    });
  if (value.NODE_ENV !== 'development') {
    refuse(`it is refused outside development (NODE_ENV is ${value.NODE_ENV})`);
  } else if (productionBuild) {
    refuse('a production build (`next build`) refuses it, whatever NODE_ENV says');
  }
  const standIn = value.AUTH_GITHUB_ENTERPRISE_URL && new URL(value.AUTH_GITHUB_ENTERPRISE_URL);
  if (!standIn || standIn.protocol !== 'http:' || standIn.hostname !== '127.0.0.1') {
    context.addIssue({
      code: 'custom',
      path: ['AUTH_GITHUB_ENTERPRISE_URL'],
      message:
        'With WAYMARK_LOCAL_SIGNIN, AUTH_GITHUB_ENTERPRISE_URL must be the local GitHub stand-in ' +
        'on loopback (http://127.0.0.1:<port>); `npm run dev` sets both.',
    });
  }
}

type Env = z.infer<typeof schema>;

/**
 * Validates an environment: throws one error listing every problem. `productionBuild`: whether
 * the code runs from a `next build` output (see below).
 */
export function parseEnv(
  source: Record<string, string | undefined>,
  { productionBuild = false } = {},
): Env {
  const result = schema
    .superRefine((value, context) => checkLocalSignIn(value, context, productionBuild))
    .safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/**
 * Whether this code is the output of `next build`: next.config.js writes the value into the
 * bundles at build time, so no environment at `next start` (NODE_ENV=development included) can
 * change it, while `next dev` and the tests, which run no build, see it unset.
 */
export const productionBuild = process.env.WAYMARK_PRODUCTION_BUILD === '1';

export const env = parseEnv(process.env, { productionBuild });

/** The public origin used for canonical URLs, the sitemap and link previews. */
export const siteUrl = new URL(siteOrigin(env));

export { dataDir } from '@/db/settings';

/** How to find a request's client address (lib/rate-limit/address.ts). */
export const addressPolicy = {
  onVercel: env.VERCEL === '1',
  trustedProxies: env.WAYMARK_TRUSTED_PROXIES,
};

/** Whether the benchmark's baseline page answers; a 404 everywhere else. */
export const benchBaselineEnabled = env.WAYMARK_BENCH === '1';

/** Whether sign-in goes through the local GitHub stand-in (`npm run dev` with no OAuth app). */
export const localTestSignIn = env.WAYMARK_LOCAL_SIGNIN === '1';
