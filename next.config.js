// @ts-check

/* eslint-disable @typescript-eslint/no-require-imports -- this config file is CommonJS */
const { PHASE_PRODUCTION_BUILD } = require('next/constants');

const { contentSecurityPolicy } = require('./lib/csp.js');
const { missingSiteUrlWarning } = require('./lib/site-url.js');
/* eslint-enable @typescript-eslint/no-require-imports */

const production = process.env.NODE_ENV === 'production';

const securityHeaders = [
  // Per-request pages get a stricter, nonce-based policy from proxy.ts, which replaces this one.
  {
    key: 'Content-Security-Policy',
    value: contentSecurityPolicy({ production, scripts: ["'unsafe-inline'"] }),
  },
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
  // /search renders per request and reads content/ at run time: ship those files with it. The
  // topic page's actions (grading a knowledge check) read the content and the answer key.
  outputFileTracingIncludes: {
    '/search': ['./content/**/*.md'],
    '/roadmaps/[roadmap]/[topic]': ['./content/**/*.md', './content/**/*.check.yaml'],
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

/** @param {string} phase */
module.exports = (phase) => {
  const productionBuild = phase === PHASE_PRODUCTION_BUILD;
  // Said where it can still be fixed: the prerendered pages take their origin from this build.
  const { SITE_URL, VERCEL_PROJECT_PRODUCTION_URL } = process.env;
  const warning =
    productionBuild && missingSiteUrlWarning({ SITE_URL, VERCEL_PROJECT_PRODUCTION_URL });
  if (warning) console.warn(warning);
  // Written into the bundles (lib/env.ts): a build knows it is one, whatever NODE_ENV says later.
  return { ...nextConfig, env: { WAYMARK_PRODUCTION_BUILD: productionBuild ? '1' : '' } };
};
