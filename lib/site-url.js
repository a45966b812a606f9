// @ts-check
/**
 * Where the site's public origin comes from, in one place for lib/env.ts (the app) and
 * next.config.js (the build's warning). Plain CommonJS so that next.config.js can load it.
 */

const localOrigin = 'http://localhost:3000';

/**
 * @typedef {{ SITE_URL?: string; VERCEL_PROJECT_PRODUCTION_URL?: string }} SiteSettings
 */

/**
 * SITE_URL, else the production domain Vercel sets on its builds, else the local server's origin.
 * @param {SiteSettings} settings
 */
function siteOrigin({ SITE_URL, VERCEL_PROJECT_PRODUCTION_URL }) {
  if (SITE_URL?.trim()) return SITE_URL.trim();
  if (VERCEL_PROJECT_PRODUCTION_URL?.trim())
    return `https://${VERCEL_PROJECT_PRODUCTION_URL.trim()}`;
  return localOrigin;
}

/**
 * What a production build says when it is about to write the local origin into its prerendered
 * pages: their canonical URLs, og:url, the sitemap and robots.txt are fixed at build time, and no
 * request can correct them (a Host header is the client's to choose). Undefined when an origin
 * is set.
 * @param {SiteSettings} settings
 */
function missingSiteUrlWarning(settings) {
  if (siteOrigin(settings) !== localOrigin) return undefined;
  return [
    '',
    `⚠ SITE_URL is not set: a production build made now writes ${localOrigin} into its`,
    '  canonical URLs, og:url, link previews, sitemap and robots.txt. Fine for a local build; for',
    '  a deployment, set SITE_URL to the public origin (such as https://waymark.dev) and build.',
    '',
  ].join('\n');
}

module.exports = { siteOrigin, missingSiteUrlWarning };
