import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';
import { defineConfig, globalIgnores } from 'eslint/config';

/**
 * Imports point one way, app/ → lib/ → db/ (ARCHITECTURE.md): db/ imports neither lib/ nor app/, lib/
 * does not import app/ or the root files that wire the app together. Tests may reach across.
 * Nothing imports a route handler file: what a handler and its callers share lives in lib/.
 */
const oneWayImports = {
  files: ['**/*.{ts,tsx,js,mjs}'],
  ignores: ['**/*.test.ts'],
  rules: {
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          { target: './db', from: ['./lib', './app', './proxy.ts', './auth.ts'] },
          { target: './lib', from: ['./app', './proxy.ts', './auth.ts', './instrumentation.ts'] },
          {
            target: './app',
            from: './app/api',
            message: 'What a route handler shares with its callers lives in lib/.',
          },
        ],
      },
    ],
  },
};
/**
 * Client stores share one primitive (app/_components/clientStore.ts) instead of their own
 * listeners; useHydrated subscribes to nothing, it only tells hydration from the browser.
 */
const oneStorePrimitive = {
  files: ['app/**/*.{ts,tsx}'],
  ignores: ['app/_components/clientStore.ts', 'app/_components/useHydrated.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'react',
            importNames: ['useSyncExternalStore'],
            message: 'Use createStore and useStore from app/_components/clientStore.ts.',
          },
        ],
      },
    ],
  },
};
/**
 * Code that calls a server action calls its typed version (lib/action.ts, `TypedAction`): app/
 * never builds a FormData from values it already holds. Reading a form (`new FormData(form)`) is
 * what a form does, and stays allowed.
 */
const noFormDataFromValues = {
  files: ['app/**/*.{ts,tsx}'],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='FormData'][arguments.length=0]",
        message:
          'Call the action with a typed object (a TypedAction), not a FormData built from values.',
      },
    ],
  },
};
// The names a Drizzle database or transaction goes by here (`const db = await getDb()`,
// `db.transaction(async (tx) => …)`): a `delete` or `update` on them without `where` is an error.
const drizzleObjectName = ['db', 'tx'];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  oneWayImports,
  noFormDataFromValues,
  oneStorePrimitive,
  {
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName }],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
