import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // Tests run outside React Server Components, where `server-only` would refuse to load.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    setupFiles: ['testing/mocks/register.ts'],
    include: [
      'app/**/*.test.ts',
      'lib/**/*.test.ts',
      'db/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
      'testing/**/*.test.ts',
    ],
  },
});
