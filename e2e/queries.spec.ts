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

test('a signed-in roadmap page view costs two queries for progress (session, progress) and four for the study plan', async ({
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

    // The page's own personal request, /api/me, counted alone: the plan's is held back here.
    await page.route('**/api/plan?*', (route) => route.abort());
    const before = counter.statements();
    const response = await page.goto(roadmapUrl);
    await waitForSession(page);
    await expect(roadmapPage.progress).toContainText('1 of');
    const afterMe = counter.statements();
    expect(response?.headers()['cache-control']).toContain('s-maxage'); // the page itself is static
    expect(afterMe - before).toBe(2);

    // The study plan's request: the session, the learner's time zone, plan versions, logged time.
    const plan = await page.request.get(`${server.url}/api/plan?roadmap=${roadmap.id}`);
    expect(plan.ok()).toBe(true);
    expect(counter.statements() - afterMe).toBe(4);
  } finally {
    await server.stop();
    await counter.close();
    await dropDatabase(DATABASE);
  }
});
