import { defineConfig, devices } from '@playwright/test';

import { E2E_DATABASE } from './e2e/database';
import { appServerEnv, e2eBaseUrl as baseURL, E2E_PORT as port } from './e2e/support/app-env';
import { MOCK_GITHUB_PORT, mockGitHubUrl } from './e2e/support/local-github';
import { chromiumLaunchOptions } from './testing/chromium';
import { databaseUrl } from './testing/database/postgres';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // The longest journeys (sign in, mark topics on two pages, reload, dashboard) take 20–30 s on a
  // two-core CI machine that also runs the server; 30 s (the default) made them fail by chance.
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    // Signs the learners of e2e/support/learners.ts in once and saves their sessions.
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: { ...devices['Desktop Chrome'] } },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
  ],
  webServer: [
    {
      command: `npx tsx scripts/local-github/main.ts --port ${MOCK_GITHUB_PORT}`,
      url: `${mockGitHubUrl}/health`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // Serves the production build made by `npm run test:e2e`, on a fresh migrated database.
      command: `npx tsx --conditions=react-server testing/database/prepare-e2e-database.ts ${E2E_DATABASE} && npx next start --port ${port}`,
      url: `${baseURL}/api/health`,
      env: { ...appServerEnv, DATABASE_URL: databaseUrl(E2E_DATABASE) },
      reuseExistingServer: !process.env.CI,
      timeout: 90_000,
      stdout: 'pipe',
    },
  ],
});
