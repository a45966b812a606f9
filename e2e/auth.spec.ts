import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { topicPath } from '../lib/routes';
import { testLearners } from '../scripts/local-github/learners';
import { runAppServerUntilExit, startAppServer } from '../testing/app-server';
import { databaseUrl } from '../testing/database/postgres';
import { accountButton, mockGitHub, signInAs, signOut } from './auth';
import { allTopics, firstRoadmap } from './content';
import { E2E_DATABASE, queryE2eDatabase } from './database';
import { headerSignIn } from './pages/session';
import { appServerEnv, E2E_PORT } from './support/app-env';
import { mockGitHubUrl } from './support/local-github';

// These journeys change the mock GitHub's users; run them one after another.
test.describe.configure({ mode: 'serial' });

test.afterEach(() => mockGitHub('reset'));

const roadmap = firstRoadmap();
const topicUrl = topicPath(roadmap.id, allTopics(roadmap)[3]!.topic.id);

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
  await page.goto(topicUrl);
  await signInAs(page, 'octocat');
  await expect(page).toHaveURL(topicUrl);
  await expect(accountButton(page)).toContainText('The Octocat');

  await page.reload();
  await expect(accountButton(page)).toContainText('The Octocat');
  await page.getByRole('banner').getByRole('link', { name: 'Dashboard' }).click();
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

/**
 * A browser without a browser: keeps cookies, follows no redirect by itself, and sends `headers`
 * with every request to the app. An https:// URL is fetched over plain HTTP, as the TLS proxy it
 * stands for would.
 */
function cookieClient(headers: Record<string, string> = {}) {
  const jar = new Map<string, string>();
  const setCookies: string[] = [];
  const request = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url.replace(/^https:/, 'http:'), {
      ...init,
      redirect: 'manual',
      headers: {
        ...headers,
        ...(init.headers as Record<string, string>),
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      setCookies.push(line);
      const [name, value] = line.split(';')[0]!.split(/=(.*)/s);
      if (value) jar.set(name!, value);
      else jar.delete(name!);
    }
    return response;
  };
  return { request, jar, setCookies };
}
type CookieClient = ReturnType<typeof cookieClient>;

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

/** Starts a sign-in as the sign-in button does; returns the GitHub authorize URL. */
async function startSignIn(client: CookieClient, baseURL: string) {
  const { csrfToken } = await (await client.request(`${baseURL}/api/auth/csrf`)).json();
  const toGitHub = await client.request(
    `${baseURL}/api/auth/signin/github`,
    form({ csrfToken, callbackUrl: '/' }),
  );
  return new URL(toGitHub.headers.get('location')!);
}

/** The callback URL the mock GitHub sends the browser back to once `login` consents. */
async function grantOnGitHub(authorize: URL, login: string) {
  const granted = await fetch(`${mockGitHubUrl}/login/oauth/authorize`, {
    ...form({
      redirect_uri: authorize.searchParams.get('redirect_uri')!,
      state: authorize.searchParams.get('state') ?? '',
      code_challenge: authorize.searchParams.get('code_challenge') ?? '',
      login,
    }),
    redirect: 'manual',
  });
  return granted.headers.get('location')!;
}

const signedInLogin = async (client: CookieClient, baseURL: string) =>
  ((await (await client.request(`${baseURL}/api/me`)).json()) as { user: { login: string } | null })
    .user?.login ?? null;

test('behind HTTPS the session cookie is also Secure, and it signs the learner in', async ({
  baseURL,
}) => {
  // No TLS here: a proxy that terminates HTTPS says so with X-Forwarded-Proto, which Auth.js
  // trusts (trustHost) to choose its secure cookies. Redirects are followed by hand, because the
  // callback URL Auth.js hands GitHub is https:// and only the proxy could answer it.
  const client = cookieClient({ 'x-forwarded-proto': 'https' });
  const authorize = await startSignIn(client, baseURL!);
  expect(authorize.searchParams.get('redirect_uri')).toMatch(/^https:\/\//);
  const callback = await grantOnGitHub(authorize, 'octocat');
  expect((await client.request(callback)).status).toBe(302);

  const session = client.setCookies.find((line) =>
    line.startsWith('__Secure-authjs.session-token='),
  );
  expect(session).toBeDefined();
  expect(session).toMatch(/; *Secure/i);
  expect(session).toMatch(/; *HttpOnly/i);
  expect(session).toMatch(/; *SameSite=Lax/i);
  expect(client.setCookies.some((line) => line.startsWith('authjs.session-token='))).toBe(false);
  expect(await signedInLogin(client, baseURL!)).toBe('octocat');
});

test('the OAuth flow checks state: a callback without it, or from another browser, signs nobody in', async ({
  baseURL,
}) => {
  // A lax provider that ignores the PKCE challenge: only `state` ties a callback to its browser.
  const attackerLogin = `attacker-${Date.now().toString(36)}`;
  await mockGitHub('ignore-pkce', { login: attackerLogin });
  const attacker = cookieClient();
  const authorize = await startSignIn(attacker, baseURL!);
  expect(authorize.searchParams.get('state')).toBeTruthy();
  const attackersCallback = await grantOnGitHub(authorize, attackerLogin);

  // The victim has a sign-in of their own under way, then opens the attacker's unused callback.
  const victim = cookieClient();
  await startSignIn(victim, baseURL!);
  const withoutState = new URL(attackersCallback);
  withoutState.searchParams.delete('state');
  for (const url of [attackersCallback, withoutState.href]) {
    const response = await victim.request(url);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('location')).toMatch(/\/signin\/error\?error=/);
    expect(victim.jar.has('authjs.session-token')).toBe(false);
    expect(await signedInLogin(victim, baseURL!)).toBeNull();
  }
  const accounts = await queryE2eDatabase<{ n: string }>(
    `select count(*) as n from users where login = $1`,
    [attackerLogin],
  );
  expect(accounts[0]?.n).toBe('0');
});

test('signing in again and again keeps at most five sessions, counted per socket address', async ({
  baseURL,
}) => {
  const login = `returning-${Date.now().toString(36)}`;
  // A forged X-Forwarded-For on every request: the sign-in counter must key on the socket.
  const forged = { 'x-forwarded-for': '6.6.6.6' };
  for (let n = 0; n < 8; n++) {
    const client = cookieClient(forged);
    const callback = await grantOnGitHub(await startSignIn(client, baseURL!), login);
    expect((await client.request(callback)).status).toBe(302);
    expect(await signedInLogin(client, baseURL!)).toBe(login);
  }
  const sessions = await queryE2eDatabase<{ n: string }>(
    `select count(*) as n from sessions s join users u on u.id = s.user_id where u.login = $1`,
    [login],
  );
  expect(sessions[0]?.n).toBe('5');
  const keys = await queryE2eDatabase<{ key: string }>(
    `select distinct key from rate_limits where key like 'sign-in:%'`,
  );
  expect(keys.map((row) => row.key)).toContainEqual(
    expect.stringMatching(/^sign-in:(127\.0\.0\.1|0:0:0:0::\/64)$/),
  );
  expect(keys.map((row) => row.key)).not.toContain('sign-in:6.6.6.6');
});

test('sign-ins past the per-address limit are refused with a clear message, writing nothing', async ({
  page,
}) => {
  test.setTimeout(120_000); // cold-starts a second server
  // Beside the suite's own server port (3100 in CI, so 3114, next to the other extra servers).
  const port = E2E_PORT + 14;
  const server = await startAppServer(port, {
    ...appServerEnv,
    SITE_URL: `http://localhost:${port}`,
    DATABASE_URL: databaseUrl(E2E_DATABASE),
    WAYMARK_SIGN_INS_PER_MINUTE_PER_IP: '2',
  });
  try {
    const login = `limited-${Date.now().toString(36)}`;
    const outcomes: (string | null)[] = [];
    for (let n = 0; n < 5; n++) {
      const client = cookieClient();
      const callback = await grantOnGitHub(await startSignIn(client, server.url), login);
      const response = await client.request(callback);
      expect(response.status).toBeLessThan(500);
      outcomes.push(response.headers.get('location'));
    }
    // Five against a limit of two: even if the counting window turns between two of them, one
    // window holds three, so at least one is refused.
    expect(outcomes).toContain('/signin/error?error=TooManySignIns');
    const refusals = outcomes.filter((location) => location?.includes('TooManySignIns')).length;
    const sessions = await queryE2eDatabase<{ n: string }>(
      `select count(*) as n from sessions s join users u on u.id = s.user_id where u.login = $1`,
      [login],
    );
    expect(Number(sessions[0]?.n)).toBe(5 - refusals);
    await page.goto(`${server.url}/signin/error?error=TooManySignIns`);
    await expect(page.getByRole('alert').filter({ hasText: 'Too many sign-ins' })).toContainText(
      'Wait a minute, then try again.',
    );
  } finally {
    await server.stop();
  }
});

test('denying consent on GitHub shows a clear message and signs nobody in', async ({ page }) => {
  const before = await accountOf(2);
  await page.goto('/');
  await headerSignIn(page).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Sign-in was cancelled' })).toBeVisible();
  await expect(headerSignIn(page)).toBeVisible();
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
  await page.goto(topicUrl);
  await signInAs(page, 'hubot');
  await expect(page).toHaveURL(topicUrl);
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
  browser,
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
    // Without JavaScript the header's button cannot know: it posts, and lands on that page.
    const noScript = await browser.newPage({ javaScriptEnabled: false });
    await noScript.goto(`${server.url}/`);
    await headerSignIn(noScript).click();
    await expect(noScript).toHaveURL(`${server.url}/signin`);
    await expect(noScript.getByRole('status')).toContainText('GitHub sign-in is not configured');
    await noScript.close();
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
