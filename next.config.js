// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  // PGlite loads its WebAssembly and data files from its own folder: bundling it breaks them.
  serverExternalPackages: ['@electric-sql/pglite'],
  // /search renders per request and reads content/ at run time: ship those files with it.
  outputFileTracingIncludes: { '/search': ['./content/**/*.md'] },
};

module.exports = nextConfig;
