import { execFileSync } from 'node:child_process';

import { expect, test } from '@playwright/test';

import { startAppServer } from '../testing/app-server';
import { createThrowawayCluster } from '../testing/postgres-cluster';
import { signInAs, uniqueLogin } from './auth';
import { allTopics, firstRoadmap, learnerPagePaths } from './content';
import { RoadmapPage } from './pages/roadmap-page';
import { waitForSaves, waitForSession } from './pages/session';
import { TopicPage } from './pages/topic-page';
import { appServerEnv } from './support/app-env';

const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);
const APP_PORT = 3131;
const DATABASE_PORT = 54391;

test('with the database down, reading goes on, personal areas say so, writes fail cleanly, and everything recovers without a restart', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const cluster = createThrowawayCluster(DATABASE_PORT);
  const env = {
    ...appServerEnv,
    DATABASE_URL: cluster.url,
    SITE_URL: `http://localhost:${APP_PORT}`,
  };
  execFileSync('npx', ['tsx', '--conditions=react-server', 'scripts/db-migrate.ts'], {
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
  const server = await startAppServer(APP_PORT, env);
  const learner = await (await browser.newContext({ baseURL: server.url })).newPage();
  const visitor = await (await browser.newContext({ baseURL: server.url })).newPage();
  const learnerTopic = new TopicPage(learner, roadmap);
  const topicUrl = (index: number) => learnerTopic.url(topics[index]!.id);
  const statusButton = (name: string) => learnerTopic.statusButton(name);
  const visitorRoadmap = new RoadmapPage(visitor, roadmap);
  try {
    // Before: a learner saves a status; a visitor keeps one in the browser.
    await learner.goto(topicUrl(0));
    const login = uniqueLogin('outage');
    await signInAs(learner, login);
    await waitForSession(learner);
    await statusButton('Done').click();
    await expect(learnerTopic.currentStatus).toHaveText('Done');
    await waitForSaves(learner);

    await visitorRoadmap.open();
    const visitorRow = visitorRoadmap.statusSelect(topics[1]!.id);
    await visitorRow.selectOption('in_progress');
    const visitorProgress = await visitor.evaluate(() => localStorage.getItem('waymark-progress'));
    expect(visitorProgress).toContain(topics[1]!.id);

    cluster.stop();

    // Content is static: full pages, status 200.
    for (const index of [0, 5]) {
      const response = await learner.request.get(topicUrl(index));
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain(topics[index]!.summary.slice(0, 40));
    }

    // Personal pages say so in the HTML the server sends, readable without JavaScript. The first
    // request after the database went away may be rendered before the proxy knows (status 200,
    // the message rendered by the page itself); from then on the proxy answers 503 at once.
    const personalPages = learnerPagePaths(roadmap, topics[0]!.id, login);
    const first = await learner.request.get(personalPages[0]!, { maxRedirects: 0 });
    expect([200, 503]).toContain(first.status());
    expect(await first.text()).toContain('Your progress is unavailable right now');
    for (const path of personalPages) {
      const response = await learner.request.get(path, { maxRedirects: 0 });
      expect(response.status(), `${path} while the database is down`).toBe(503);
      expect(response.headers()['retry-after'], path).toBe('30');
      expect(response.headers()['cache-control'], path).toBe('private, no-store');
      const html = await response.text();
      expect(html, path).toContain('Your progress is unavailable right now');
      expect(html, path).toContain('Every roadmap and topic can still be read');
    }
    for (const path of ['/api/me?progress=all', '/api/export']) {
      const response = await learner.request.get(path);
      expect(response.status(), path).toBe(503);
      expect(response.headers()['retry-after'], path).toBe('30');
      expect(await response.json(), path).toHaveProperty('error');
    }
    for (const path of personalPages) {
      await learner.goto(path);
      await expect(
        learner.getByText('Your progress is unavailable right now'),
        `${path} in the browser while the database is down`,
      ).toBeVisible();
    }
    const learnerRoadmap = new RoadmapPage(learner, roadmap);
    await learnerRoadmap.goto();
    await expect(learnerRoadmap.progress).toContainText('Your progress is unavailable right now');

    // A write fails with a clear message, and the optimistic choice rolls back.
    await learner.goto(topicUrl(2));
    await waitForSession(learner, 'offline');
    const before = await learnerTopic.currentStatus.textContent();
    await statusButton('Skipped').click();
    await expect(
      learner.getByRole('alert').filter({ hasText: 'could not be saved right now' }),
    ).toBeVisible();
    await expect(learnerTopic.currentStatus).toHaveText(before!);

    // A visitor's browser progress is untouched and still works.
    await visitor.reload();
    await waitForSession(visitor);
    await expect(visitorRow).toHaveValue('in_progress');
    await visitorRoadmap.statusSelect(topics[2]!.id).selectOption('done');
    expect(await visitor.evaluate(() => localStorage.getItem('waymark-progress'))).toContain(
      topics[2]!.id,
    );

    // Back up: the same server process serves the learner again.
    cluster.start();
    await expect(async () => {
      await learner.goto('/dashboard');
      await expect(learner.getByRole('heading', { level: 1 })).toContainText('Welcome', {
        timeout: 2_000,
      });
    }).toPass({ timeout: 30_000 });
    await learnerTopic.open(topics[2]!.id);
    await statusButton('Skipped').click();
    await expect(learnerTopic.currentStatus).toHaveText('Skipped');
    await learner.reload();
    await expect(learnerTopic.currentStatus).toHaveText('Skipped');
  } finally {
    await server.stop();
    cluster.dispose();
  }
});
