import { execFileSync } from 'node:child_process';

import { expect, test } from '@playwright/test';

import { roadmapPath } from '../lib/routes';
import { startAppServer } from '../testing/app-server';
import { databaseUrl, dropDatabase } from '../testing/database/postgres';
import { startQueryCounter } from '../testing/database/query-counter';
import { signInAs, uniqueLogin } from './auth';
import { firstRoadmap } from './content';
import { RoadmapPage } from './pages/roadmap-page';
import { waitForSaves, waitForSession } from './pages/session';
import { appServerEnv } from './support/app-env';

const DATABASE = 'waymark_e2e_queries';

test('a signed-in roadmap page view costs two queries: the session and the learner’s progress', async ({
  page,
}) => {
  test.setTimeout(120_000); // prepares a database and cold-starts a server: slow on a busy machine
  // The same preparation as the shared e2e server: a fresh database with the migrations applied.
  execFileSync('npx', [
    'tsx',
    '--conditions=react-server',
    'testing/database/prepare-e2e-database.ts',
    DATABASE,
  ]);
  const url = new URL(databaseUrl(DATABASE));
  const counter = await startQueryCounter({ host: url.hostname, port: Number(url.port || 5432) });
  url.host = `127.0.0.1:${counter.port}`;
  const server = await startAppServer(3115, {
    ...appServerEnv,
    DATABASE_URL: url.toString(),
    SITE_URL: 'http://localhost:3115',
  });
  try {
    const roadmap = firstRoadmap();
    const roadmapPage = new RoadmapPage(page, roadmap);
    const roadmapUrl = `${server.url}${roadmapPath(roadmap.id)}`;
    await page.goto(roadmapUrl);
    await signInAs(page, uniqueLogin('counter'));
    await waitForSession(page);
    await roadmapPage.statusSelect(roadmap.steps[0]!.topics[0]!.id).selectOption('done');
    await waitForSaves(page);

    const before = counter.statements();
    const response = await page.goto(roadmapUrl);
    await waitForSession(page);
    await expect(roadmapPage.progress).toContainText('1 of');
    const after = counter.statements();

    expect(response?.headers()['cache-control']).toContain('s-maxage'); // the page itself is static
    expect(after - before).toBe(2);
  } finally {
    await server.stop();
    await counter.close();
    await dropDatabase(DATABASE);
  }
});
