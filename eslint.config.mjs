import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

/**
 * Imports point one way, app/ → lib/ → db/ (STYLE.md): db/ imports neither lib/ nor app/, lib/
 * does not import app/ or the root files that wire the app together. Tests may reach across.
 */
const oneWayImports = {
  files: ['**/*.{ts,tsx,js,mjs}'],
  ignores: ['**/*.test.ts', 'db/testing/**'],
  rules: {
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          { target: './db', from: ['./lib', './app', './proxy.ts', './auth.ts'] },
          { target: './lib', from: ['./app', './proxy.ts', './auth.ts', './instrumentation.ts'] },
        ],
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  oneWayImports,
  globalIgnores(['.next/**', 'out/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
