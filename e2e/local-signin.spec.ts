import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test, type Browser, type Page } from '@playwright/test';

import { topicPath } from '../lib/routes';
import { gitHubEnvFor } from '../scripts/local-github/server';
import { portAnswers, runAppServerUntilExit, startAppServer } from '../testing/app-server';
import { allTopics, firstRoadmap } from './content';
import { waitForSaves } from './pages/session';
import { SettingsPage } from './pages/settings-page';
import { TopicPage } from './pages/topic-page';
import { appServerEnv, E2E_PORT } from './support/app-env';
import { startDevServer, type DevServer } from './support/dev-server';

// Beside the suite's own server (E2E_PORT), so two checkouts testing side by side stay apart.
const REFUSED_PORT = E2E_PORT + 20;
const DEV_PORT = E2E_PORT + 21;
const STAND_IN_PORT = E2E_PORT + 22;
const DEVELOPMENT_START_PORT = E2E_PORT + 23;

const roadmap = firstRoadmap();
const [firstTopic, secondTopic] = allTopics(roadmap).map(({ topic }) => topic);
const topicCount = allTopics(roadmap).length;

/** `next dev` compiles each page on its first visit, which takes long on a busy two-core machine. */
const devExpect = expect.configure({ timeout: 120_000 });

test('next start refuses the local test sign-in, saying why', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-refused-'));
  try {
    const { code, output } = await runAppServerUntilExit(REFUSED_PORT, {
      AUTH_SECRET: appServerEnv.AUTH_SECRET,
      ...gitHubEnvFor(`http://127.0.0.1:${STAND_IN_PORT}`),
      WAYMARK_LOCAL_SIGNIN: '1',
      WAYMARK_DATA_DIR: dataDir,
    });
    expect(code).toBe(1);
    expect(output).toContain('Waymark cannot start: Invalid environment');
    expect(output).toContain('it is refused outside development (NODE_ENV is production)');
    expect(await portAnswers(REFUSED_PORT)).toBe(false);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a production build refuses the local test sign-in and eval even with NODE_ENV=development', async () => {
  test.setTimeout(120_000); // starts two servers of the build
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-development-start-'));
  const startEnv = {
    AUTH_SECRET: appServerEnv.AUTH_SECRET,
    NODE_ENV: 'development',
    WAYMARK_DATA_DIR: dataDir,
  };
  try {
    const { code, output } = await runAppServerUntilExit(DEVELOPMENT_START_PORT, {
      ...startEnv,
      ...gitHubEnvFor(`http://127.0.0.1:${STAND_IN_PORT}`),
      WAYMARK_LOCAL_SIGNIN: '1',
    });
    expect(code).toBe(1);
    expect(output).toContain('Waymark cannot start: Invalid environment');
    expect(output).toContain(
      'a production build (`next build`) refuses it, whatever NODE_ENV says',
    );
    expect(await portAnswers(DEVELOPMENT_START_PORT)).toBe(false);

    // Without the local sign-in it starts, and its per-request pages still forbid eval.
    const server = await startAppServer(DEVELOPMENT_START_PORT, startEnv);
    try {
      const response = await fetch(`${server.url}/search?q=http`);
      expect(response.status).toBe(200);
      const policy = response.headers.get('content-security-policy');
      expect(policy).toContain("script-src 'self' 'nonce-");
      expect(policy).not.toContain('unsafe-eval');
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/**
 * Asks once for every route the journey visits, so `next dev` compiles them before the browser
 * comes: a route compiled while a page is open can make that page reload itself mid-journey.
 */
async function compileRoutes(server: DevServer) {
  for (const path of [
    '/',
    '/signin',
    '/api/me',
    '/api/auth/providers',
    topicPath(roadmap.id, firstTopic!.id),
    '/dashboard',
    '/settings',
    '/u/nobody',
  ]) {
    await fetch(`${server.url}${path}`, { redirect: 'manual' });
  }
}

/** Signs in on the page's site through the stand-in's authorize page, as `pick` chooses. */
async function signInAsTestLearner(
  page: Page,
  server: DevServer,
  pick: (page: Page) => Promise<void>,
) {
  await page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true }).click();
  await devExpect(page.getByRole('note')).toContainText(
    'Local test sign-in — no GitHub account needed',
  );
  await page.getByRole('button', { name: 'Choose a test learner' }).click();
  await devExpect(page).toHaveURL(new RegExp(`^${server.standInUrl}/login/oauth/authorize`));
  await pick(page);
}

async function markDone(page: Page, topicId: string) {
  const topicPage = new TopicPage(page, roadmap);
  await topicPage.open(topicId);
  await topicPage.statusButton('Done').click();
  await devExpect(topicPage.currentStatus).toHaveText('Done');
  await waitForSaves(page, { timeout: 120_000 });
}

/** A second learner, in a browser context of its own (a private window): public, one topic done. */
async function publicSecondLearner(browser: Browser, server: DevServer, login: string) {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto('/');
  await signInAsTestLearner(page, server, async (authorize) => {
    await authorize.getByRole('textbox', { name: 'Another GitHub login' }).fill(login);
    await authorize.getByRole('button', { name: 'Authorize this login' }).click();
  });
  await devExpect(page.getByRole('button', { name: /account menu/ })).toContainText(login);
  await markDone(page, secondTopic!.id);
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.makePublic.check();
  await settings.saveProfileButton.click();
  await devExpect(settings.profileForm.getByRole('status')).toContainText('Your profile is public');
  await context.close();
}

test('on a fresh clone, npm run dev signs a test learner in through the local stand-in', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-dev-'));
  const server = await startDevServer(
    DEV_PORT,
    {
      // A fresh clone: no OAuth app (not even in .env.local), no database URL, data in a temp dir.
      AUTH_GITHUB_ID: '',
      AUTH_GITHUB_SECRET: '',
      AUTH_GITHUB_ENTERPRISE_URL: undefined,
      AUTH_SECRET: undefined,
      DATABASE_URL: undefined,
      POSTGRES_URL: undefined,
      PGLITE_DIR: undefined,
      NODE_ENV: undefined,
      WAYMARK_DATA_DIR: dataDir,
      WAYMARK_LOCAL_GITHUB_PORT: String(STAND_IN_PORT),
    },
    240_000,
  );
  try {
    expect(server.standInUrl).toBe(`http://127.0.0.1:${STAND_IN_PORT}`);
    await compileRoutes(server);
    await publicSecondLearner(browser, server, 'ada-lovelace');

    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/');
    await devExpect(page.getByRole('banner')).toContainText('Local test sign-in');
    await signInAsTestLearner(page, server, (authorize) =>
      authorize.getByRole('button', { name: 'Authorize as octocat' }).click(),
    );
    await devExpect(page).toHaveURL(`${server.url}/`);
    await devExpect(page.getByRole('button', { name: /account menu/ })).toContainText(
      'The Octocat',
    );

    await markDone(page, firstTopic!.id);
    await page.goto('/dashboard');
    await devExpect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, The Octocat');
    await devExpect(page.getByTestId(`dashboard-${roadmap.id}`)).toContainText(
      `1 of ${topicCount} topics complete`,
    );

    await page.goto('/u/ada-lovelace');
    await devExpect(page.getByRole('heading', { level: 1 })).toHaveText('ada-lovelace');
    await devExpect(page.getByTestId(`profile-${roadmap.id}`)).toContainText(
      `1 of ${topicCount} topics complete`,
    );
    await context.close();
  } finally {
    await test.info().attach('npm run dev output', { body: server.output() });
    await server.interrupt();
    rmSync(dataDir, { recursive: true, force: true });
  }
  // Ctrl-C stopped both: neither the app nor the stand-in is left listening.
  expect(await portAnswers(DEV_PORT)).toBe(false);
  expect(await portAnswers(STAND_IN_PORT)).toBe(false);
});
