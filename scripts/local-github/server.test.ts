import { createHash, randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET } from './oauth';
import { startLocalGitHub, type LocalGitHub } from './server';

const PORT = 3397;
const callback = 'http://localhost:3000/api/auth/callback/github';

let standIn: LocalGitHub;
beforeAll(async () => {
  standIn = await startLocalGitHub({ port: PORT });
});
afterAll(() => standIn.close());

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
  redirect: 'manual' as const,
});

/** A code `github` grants `login` on its authorize page (with any further authorize fields). */
async function grantedCode(
  github: LocalGitHub,
  login: string,
  fields: Record<string, string> = {},
) {
  const granted = await fetch(
    `${github.url}/login/oauth/authorize`,
    form({ redirect_uri: callback, login, ...fields }),
  );
  return new URL(granted.headers.get('location')!).searchParams.get('code')!;
}

/** Exchanges a granted code for a token, as the app's callback does (fields add or override). */
function exchangeCode(github: LocalGitHub, code: string, fields: Record<string, string> = {}) {
  return fetch(
    `${github.url}/login/oauth/access_token`,
    form({
      client_id: LOCAL_CLIENT_ID,
      client_secret: LOCAL_CLIENT_SECRET,
      code,
      redirect_uri: callback,
      ...fields,
    }),
  );
}

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** One of this machine's addresses that is not loopback, if it has one. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

describe('the local GitHub stand-in', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(standIn.server.address()).toMatchObject({ address: '127.0.0.1', port: PORT });
    expect(standIn.url).toBe(`http://127.0.0.1:${PORT}`);
    expect(await answers('127.0.0.1', PORT)).toBe(true);
  });

  it.skipIf(!outsideAddress)(
    'cannot be reached on this machine’s network address (skipped when it has none)',
    async () => {
      expect(await answers(outsideAddress!, PORT)).toBe(false);
    },
  );

  it('signs a chosen learner in through the OAuth code flow with PKCE', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const granted = await fetch(
      `${standIn.url}/login/oauth/authorize`,
      form({
        redirect_uri: callback,
        state: 's1',
        code_challenge: challenge,
        login: 'Ada-Lovelace',
      }),
    );
    expect(granted.status).toBe(302);
    const back = new URL(granted.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe(callback);
    expect(back.searchParams.get('state')).toBe('s1');
    const code = back.searchParams.get('code')!;

    const exchange = (verifierSent: string) =>
      exchangeCode(standIn, code, { code_verifier: verifierSent });
    const token = (await (await exchange(verifier)).json()) as { access_token: string };
    expect((await exchange(verifier)).status).toBe(400); // a code is single-use

    const user = await fetch(`${standIn.url}/api/v3/user`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    const profile = (await user.json()) as { id: number; login: string; avatar_url: string };
    expect(profile.login).toBe('ada-lovelace');
    expect(profile.id).toBeGreaterThan(10_000_000);
    expect(profile.avatar_url).toMatch(/^data:image\/svg\+xml,/);
  });

  it('refuses a wrong code verifier, wrong client credentials and a foreign redirect_uri', async () => {
    const exchange = async (fields: Record<string, string>) => {
      const code = await grantedCode(standIn, 'octocat', { code_challenge: 'expected' });
      const exchanged = await exchangeCode(standIn, code, {
        code_verifier: 'not-the-verifier',
        ...fields,
      });
      return exchanged.status;
    };
    expect(await exchange({})).toBe(400);
    expect(await exchange({ client_secret: 'guess' })).toBe(401);

    const foreign = await fetch(
      `${standIn.url}/login/oauth/authorize`,
      form({ redirect_uri: 'https://evil.example/api/auth/callback/github', login: 'octocat' }),
    );
    expect(foreign.status).toBe(400);
    expect(foreign.headers.get('location')).toBeNull();
  });

  it('escapes what the request carries on its authorize page, and explains a refused login', async () => {
    const query = new URLSearchParams({
      client_id: LOCAL_CLIENT_ID,
      redirect_uri: callback,
      state: '"><script>alert(1)</script>',
    });
    const page = await (await fetch(`${standIn.url}/login/oauth/authorize?${query}`)).text();
    expect(page).toContain('Authorize as octocat');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#34;&#62;&#60;script&#62;');

    const refused = await fetch(
      `${standIn.url}/login/oauth/authorize`,
      form({ redirect_uri: callback, login: '<b>no--way</b>' }),
    );
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('letters, digits and single hyphens');
    expect(html).toContain('value="&#60;b&#62;no--way&#60;/b&#62;"');
    expect(html).not.toContain('<b>');
  });

  it('sends a cancelled sign-in back as GitHub does, with access_denied and the state', async () => {
    const cancelled = await fetch(
      `${standIn.url}/login/oauth/authorize`,
      form({ redirect_uri: callback, state: 's2', login: '' }),
    );
    const back = new URL(cancelled.headers.get('location')!);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('s2');
    expect(back.searchParams.has('code')).toBe(false);
  });

  it('keeps its test controls off unless asked', async () => {
    const reset = await fetch(`${standIn.url}/__admin/reset`, { method: 'POST' });
    expect(reset.status).toBe(404);
  });
});

describe('the stand-in with the end-to-end tests’ controls', () => {
  let controlled: LocalGitHub;
  beforeAll(async () => {
    controlled = await startLocalGitHub({ port: PORT - 1, testControls: true });
  });
  afterAll(() => controlled.close());

  const control = (path: string, body: object) =>
    fetch(`${controlled.url}/__admin/${path}`, { method: 'POST', body: JSON.stringify(body) });
  const authorizePage = async () =>
    (
      await fetch(
        `${controlled.url}/login/oauth/authorize?${new URLSearchParams({
          client_id: LOCAL_CLIENT_ID,
          redirect_uri: callback,
        })}`,
      )
    ).text();

  it('renames a learner, keeping the id, and resets to the ready-made learners', async () => {
    expect((await control('rename', { id: 1024025, login: 'mona-renamed' })).status).toBe(200);
    expect(await authorizePage()).toContain('Authorize as mona-renamed');
    expect(await authorizePage()).not.toContain('Authorize as monalisa');
    expect((await control('reset', {})).status).toBe(200);
    expect(await authorizePage()).toContain('Authorize as monalisa');
  });

  it('keeps a learner a sign-in under way made when it resets, so that sign-in finishes', async () => {
    const code = await grantedCode(controlled, 'under-way');
    expect((await control('reset', {})).status).toBe(200);
    const exchanged = await exchangeCode(controlled, code);
    const { access_token: token } = (await exchanged.json()) as { access_token: string };
    const profile = await fetch(`${controlled.url}/api/v3/user`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await profile.json()).toMatchObject({ login: 'under-way' });
  });

  it('fails the token exchange for one learner only', async () => {
    await control('token-mode', { login: 'defunkt', mode: 'error' });
    const exchange = async (login: string) =>
      (await exchangeCode(controlled, await grantedCode(controlled, login))).status;
    expect(await exchange('defunkt')).toBe(500);
    expect(await exchange('hubot')).toBe(200);
    await control('reset', {});
    expect(await exchange('defunkt')).toBe(200);
  });
});
