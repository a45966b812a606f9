import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { databaseUrl } from '../db/testing/postgres';
import { appServerEnv } from '../playwright.config';
import { testLearners } from '../scripts/local-github/learners';
import { accountButton, mockGitHub, signInAs, signOut } from './auth';
import { allTopics, firstRoadmap } from './content';
import { E2E_DATABASE, queryE2eDatabase } from './database';
import { runAppServerUntilExit, startAppServer } from './support/app-server';
import { mockGitHubUrl } from './support/local-github';

// These journeys change the mock GitHub's users; run them one after another.
test.describe.configure({ mode: 'serial' });

test.afterEach(() => mockGitHub('reset'));

const roadmap = firstRoadmap();
const topicPath = `/roadmaps/${roadmap.id}/${allTopics(roadmap)[3]!.topic.id}`;

type AccountRow = { user_id: string; login: string | null; image: string | null };
const accountOf = async (githubId: number) =>
  (
    await queryE2eDatabase<AccountRow>(
      `select a.user_id, u.login, u.image from accounts a join users u on u.id = a.user_id
       where a.provider = 'github' and a.provider_account_id = $1`,
      [String(githubId)],
    )
  )[0];

test('a reader signs in with GitHub, returns to the page, stays signed in, and signs out', async ({
  page,
}) => {
  await page.goto(topicPath);
  await signInAs(page, 'octocat');
  await expect(page).toHaveURL(topicPath);
  await expect(accountButton(page)).toContainText('The Octocat');

  await page.reload();
  await expect(accountButton(page)).toContainText('The Octocat');
  await accountButton(page).click();
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, The Octocat');

  await signOut(page);
  expect(await page.context().cookies()).not.toContainEqual(
    expect.objectContaining({ name: 'authjs.session-token' }),
  );
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/signin\?next=%2Fdashboard/);
});

test('the session cookie is HttpOnly and SameSite=Lax, and holds no user data', async ({
  page,
}) => {
  await page.goto('/');
  await signInAs(page, 'octocat');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'authjs.session-token');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  expect(cookie?.value).not.toContain('octocat');
});

test('behind HTTPS the session cookie is also Secure, and it signs the learner in', async ({
  baseURL,
}) => {
  // No TLS here: a proxy that terminates HTTPS says so with X-Forwarded-Proto, which Auth.js
  // trusts (trustHost) to choose its secure cookies. Redirects are followed by hand, because the
  // callback URL Auth.js hands GitHub is https:// and only the proxy could answer it.
  const jar = new Map<string, string>();
  const setCookies: string[] = [];
  const behindHttps = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url.replace(/^https:/, 'http:'), {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        'x-forwarded-proto': 'https',
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      setCookies.push(line);
      const [name, value] = line.split(';')[0]!.split(/=(.*)/s);
      jar.set(name!, value!);
    }
    return response;
  };
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

  const { csrfToken } = await (await behindHttps(`${baseURL}/api/auth/csrf`)).json();
  const toGitHub = await behindHttps(
    `${baseURL}/api/auth/signin/github`,
    form({ csrfToken, callbackUrl: '/' }),
  );
  const authorize = new URL(toGitHub.headers.get('location')!);
  expect(authorize.searchParams.get('redirect_uri')).toMatch(/^https:\/\//);
  const granted = await fetch(`${mockGitHubUrl}/login/oauth/authorize`, {
    ...form({
      redirect_uri: authorize.searchParams.get('redirect_uri')!,
      state: authorize.searchParams.get('state') ?? '',
      code_challenge: authorize.searchParams.get('code_challenge') ?? '',
      login: 'octocat',
    }),
    redirect: 'manual',
  });
  expect((await behindHttps(granted.headers.get('location')!)).status).toBe(302);

  const session = setCookies.find((line) => line.startsWith('__Secure-authjs.session-token='));
  expect(session).toBeDefined();
  expect(session).toMatch(/; *Secure/i);
  expect(session).toMatch(/; *HttpOnly/i);
  expect(session).toMatch(/; *SameSite=Lax/i);
  expect(setCookies.some((line) => line.startsWith('authjs.session-token='))).toBe(false);
  const me = await (await behindHttps(`${baseURL}/api/me`)).json();
  expect(me).toMatchObject({ user: { login: 'octocat' } });
});

test('denying consent on GitHub shows a clear message and signs nobody in', async ({ page }) => {
  const before = await accountOf(2);
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign in with GitHub' }).click();
  await page.getByRole('button', { name: 'Sign in with GitHub' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Sign-in was cancelled' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in with GitHub' })).toBeVisible();
  expect(await accountOf(2)).toEqual(before);
});

for (const mode of ['error', 'unreachable'] as const) {
  test(`a token exchange that fails (${mode}) shows the sign-in error page`, async ({ page }) => {
    await mockGitHub('token-mode', { login: 'defunkt', mode });
    await page.goto('/');
    const response = page.waitForResponse((r) => r.url().includes('/api/auth/callback/github'));
    await signInAs(page, 'defunkt');
    expect((await response).status()).toBeLessThan(500);
    await expect(
      page.getByRole('alert').filter({ hasText: 'GitHub sign-in is not working right now' }),
    ).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/at .*\.js:\d+/); // no stack trace
    await expect(page.getByRole('link', { name: 'Try signing in again' })).toBeVisible();
  });
}

test('two GitHub users get two accounts; signing in again reuses the account and refreshes login and avatar', async ({
  browser,
}) => {
  for (const login of ['octocat', 'hubot']) {
    const page = await browser.newPage();
    await page.goto('/');
    await signInAs(page, login);
    await expect(accountButton(page)).toBeVisible();
    await page.close();
  }
  const [octocat, hubot] = [await accountOf(583231), await accountOf(9919)];
  expect(octocat?.user_id).toBeTruthy();
  expect(hubot?.user_id).toBeTruthy();
  expect(octocat?.user_id).not.toBe(hubot?.user_id);

  const mona = testLearners.find((u) => u.login === 'monalisa')!;
  const page = await browser.newPage();
  await page.goto('/');
  await signInAs(page, 'monalisa');
  const first = await accountOf(mona.id);
  await signOut(page);

  await mockGitHub('rename', { id: mona.id, login: 'mona-renamed' });
  await signInAs(page, 'mona-renamed');
  const second = await accountOf(mona.id);
  expect(second?.user_id).toBe(first?.user_id);
  expect(second?.login).toBe('mona-renamed');
  expect(second?.image).not.toBe(first?.image);
  await page.goto('/settings');
  await expect(page.getByRole('definition').filter({ hasText: /^mona-renamed$/ })).toBeVisible();
  const users = await queryE2eDatabase<{ n: string }>(
    `select count(*) as n from accounts where provider_account_id = $1`,
    [String(mona.id)],
  );
  expect(users[0]?.n).toBe('1');
  await page.close();
});

test('sign-in works with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(topicPath);
  await signInAs(page, 'hubot');
  await expect(page).toHaveURL(topicPath);
  await page.goto('/signin');
  await expect(page.getByText('You are signed in as')).toContainText('hubot');
  await context.close();
});

test('the session survives a server restart (embedded database)', async ({ page }) => {
  test.setTimeout(150_000); // two cold starts of a server with a fresh embedded database
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-restart-'));
  const env = {
    ...appServerEnv,
    PGLITE_DIR: join(dataDir, 'pglite'),
    SITE_URL: 'http://localhost:3111',
  };
  let server = await startAppServer(3111, env);
  try {
    await page.goto(`${server.url}/`);
    await signInAs(page, 'octocat');
    await expect(accountButton(page)).toContainText('The Octocat');
    await server.stop();
    server = await startAppServer(3111, env);
    await page.reload();
    await expect(accountButton(page)).toContainText('The Octocat');
    expect(server.output()).toContain('[db] using embedded PGlite');
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('without GitHub credentials the app runs and says sign-in is not configured', async ({
  page,
}) => {
  test.setTimeout(120_000); // cold-starts a second server
  const server = await startAppServer(3112, {
    AUTH_SECRET: appServerEnv.AUTH_SECRET,
    AUTH_GITHUB_ID: '',
    AUTH_GITHUB_SECRET: '',
    DATABASE_URL: databaseUrl(E2E_DATABASE),
  });
  try {
    await page.goto(`${server.url}/`);
    await expect(page.getByRole('link', { name: 'Sign-in not configured' })).toBeVisible();
    const response = await page.goto(`${server.url}/signin`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText('GitHub sign-in is not configured');
  } finally {
    await server.stop();
  }
});

test('in production, a missing AUTH_SECRET stops the start with a clear message', async () => {
  const { code, output } = await runAppServerUntilExit(3113, {
    AUTH_SECRET: '',
    PGLITE_DIR: join(tmpdir(), 'unused'),
  });
  expect(code).toBe(1);
  expect(output).toContain('Waymark cannot start: AUTH_SECRET is not set');
});
