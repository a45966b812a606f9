import { z } from 'zod';

/** The only reader of process.env: every setting is validated here, once, with a clear message. */
const schema = z.object({
  SITE_URL: z
    .url({ error: 'SITE_URL must be an absolute URL such as https://waymark.dev' })
    .optional(),
  VERCEL_PROJECT_PRODUCTION_URL: z.string().min(1).optional(),
});

function readEnv() {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

const env = readEnv();

/** The public origin used for canonical URLs, the sitemap and link previews. */
export const siteUrl = new URL(
  env.SITE_URL ??
    (env.VERCEL_PROJECT_PRODUCTION_URL
      ? `https://${env.VERCEL_PROJECT_PRODUCTION_URL}`
      : 'http://localhost:3000'),
);
