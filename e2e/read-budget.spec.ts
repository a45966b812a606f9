import { expect, test } from '@playwright/test';

import { feedPath } from '../lib/plan/feed-path';
import { profilePath, sharedRoadmapPath } from '../lib/routes';
import { startAppServer } from '../testing/app-server';
import { databaseUrl } from '../testing/database/postgres';
import { uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';
import { E2E_DATABASE, insertPublicLearner } from './database';
import { appServerEnv, E2E_PORT } from './support/app-env';

const PORT = E2E_PORT + 23;
/** Small, so a few seconds of requests spend it; earned back at one read a second. */
const BUDGET = 60;

test('one read budget per address for the whole server: pages, images and route handlers draw on it once each', async () => {
  test.setTimeout(120_000);
  const login = uniqueLogin('budget');
  await insertPublicLearner(login);
  const roadmap = firstRoadmap();
  const topic = allTopics(roadmap)[0]!.topic;
  // Every kind of budgeted read, from the proxy's bundle (pages, images) and the route handlers'.
  const reads: [path: string, cost: number][] = [
    ['/api/me', 1],
    [`/api/me/checks?roadmap=${roadmap.id}&topic=${topic.id}`, 1],
    [`/api/plan?roadmap=${roadmap.id}`, 1],
    [feedPath('a'.repeat(43)), 1],
    ['/api/export', 10],
    ['/search?q=dns', 1],
    ['/dashboard', 1],
    [profilePath(login), 1],
    [`${sharedRoadmapPath(login, roadmap.id)}/opengraph-image`, 10],
  ];
  const server = await startAppServer(PORT, {
    ...appServerEnv,
    DATABASE_URL: databaseUrl(E2E_DATABASE),
    SITE_URL: `http://localhost:${PORT}`,
    WAYMARK_READS_PER_MINUTE_PER_IP: String(BUDGET),
  });
  try {
    const started = Date.now();
    let spent = 0;
    const refused = new Set<string>();
    for (let round = 0; round < 10 && refused.size < reads.length; round++) {
      for (const [path, cost] of reads) {
        const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
        await response.arrayBuffer();
        if (response.status === 429) refused.add(path);
        else spent += cost;
      }
    }
    const seconds = (Date.now() - started) / 1000;
    // Every kind was refused once the address had spent its budget...
    expect([...refused].sort()).toEqual(reads.map(([path]) => path).sort());
    // ...and the address got the budget once, plus what it earned back meanwhile, not once per
    // bundle (or without end, for a read nothing counted).
    expect(spent).toBeGreaterThanOrEqual(BUDGET - 10);
    expect(spent).toBeLessThanOrEqual(BUDGET + Math.ceil((seconds * BUDGET) / 60));
  } finally {
    await server.stop();
  }
});
