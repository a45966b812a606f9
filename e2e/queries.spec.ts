import { execFileSync } from 'node:child_process';

import { expect, test } from '@playwright/test';

import { databaseUrl, dropDatabase } from '../db/testing/postgres';
import { startQueryCounter } from '../db/testing/query-counter';
import { signInAs, uniqueLogin } from './auth';
import { firstRoadmap } from './content';
import { appServerEnv } from './support/app-env';
import { startAppServer } from './support/app-server';

const DATABASE = 'waymark_e2e_queries';

test('a signed-in roadmap page view costs two queries: the session and the learner’s progress', async ({
  page,
}) => {
  test.setTimeout(120_000); // prepares a database and cold-starts a server: slow on a busy machine
  // The same preparation as the shared e2e server: a fresh database with the migrations applied.
  execFileSync('npx', [
    'tsx',
    '--conditions=react-server',
    'db/testing/prepare-e2e-database.ts',
    DATABASE,
  ]);
  const url = new URL(databaseUrl(DATABASE));
  const counter = await startQueryCounter({ host: url.hostname, port: Number(url.port || 5432) });
  url.host = `127.0.0.1:${counter.port}`;
  const server = await startAppServer(3114, {
    ...appServerEnv,
    DATABASE_URL: url.toString(),
    SITE_URL: 'http://localhost:3114',
  });
  try {
    const roadmap = firstRoadmap();
    await page.goto(`${server.url}/roadmaps/${roadmap.id}`);
    await signInAs(page, uniqueLogin('counter'));
    await page.locator('form[data-session="ready"]').first().waitFor();
    await page
      .getByTestId(`topic-row-${roadmap.steps[0]!.topics[0]!.id}`)
      .getByRole('combobox')
      .selectOption('done');
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

    const before = counter.statements();
    const response = await page.goto(`${server.url}/roadmaps/${roadmap.id}`);
    await page.locator('form[data-session="ready"]').first().waitFor();
    await expect(page.getByTestId('roadmap-progress')).toContainText('1 of');
    const after = counter.statements();

    expect(response?.headers()['cache-control']).toContain('s-maxage'); // the page itself is static
    expect(after - before).toBe(2);
  } finally {
    await server.stop();
    await counter.close();
    await dropDatabase(DATABASE);
  }
});
