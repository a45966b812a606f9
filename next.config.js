// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  // /search renders per request and reads content/ at run time: ship those files with it.
  outputFileTracingIncludes: { '/search': ['./content/**/*.md'] },
};

module.exports = nextConfig;
