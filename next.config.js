// @ts-check

const production = process.env.NODE_ENV === 'production';

/**
 * The Content-Security-Policy of every response. Scripts come only from this site. Prerendered
 * pages carry Next's inline RSC payload scripts, different on every page and fixed at build time:
 * nonces would need per-request rendering (giving up static pages and the CDN) and Next cannot
 * emit per-page hashes, so inline scripts stay allowed — see the README's security section.
 * Development adds 'unsafe-eval' for React's debugging tools; production never does.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
  // React sets style attributes (progress bar widths); the stylesheet itself is a file.
  "style-src 'self' 'unsafe-inline'",
  // GitHub avatars (github.com or a GitHub Enterprise host); generated images use data: URLs.
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  // Browsers ignore HSTS over plain HTTP, so a local `next start` is unaffected.
  ...(production
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  // PGlite loads its WebAssembly and data files from its own folder: bundling it breaks them.
  serverExternalPackages: ['@electric-sql/pglite'],
  // /search renders per request and reads content/ at run time: ship those files with it.
  outputFileTracingIncludes: { '/search': ['./content/**/*.md'] },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
