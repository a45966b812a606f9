// @ts-check
/**
 * The Content-Security-Policy, in one place for next.config.js (prerendered pages, API) and
 * proxy.ts (per-request pages). Plain CommonJS so that next.config.js can load it.
 *
 * Prerendered pages carry Next's inline RSC payload scripts, different on every page and fixed at
 * build time: they cannot carry a per-request nonce, and Next cannot attach per-page hashes, so
 * their policy allows inline scripts (the README's security section says why). Per-request pages
 * get a fresh nonce instead, plus the hash of the one inline script Waymark writes itself.
 */

/**
 * @param {{ production: boolean; scripts: string[] }} options
 *   `scripts`: what may run besides files from this site ('unsafe-inline', or a nonce and hashes)
 */
function contentSecurityPolicy({ production, scripts }) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(' ')}${production ? '' : " 'unsafe-eval'"}`,
    // React sets style attributes (progress bar widths); the stylesheet itself is a file.
    "style-src 'self' 'unsafe-inline'",
    // GitHub avatars (github.com or a GitHub Enterprise host); generated images are data: URLs.
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

module.exports = { contentSecurityPolicy };
