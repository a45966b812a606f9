// A small GitHub stand-in that speaks the real OAuth web flow (authorize → code → token with
// PKCE → /api/v3/user), for end-to-end tests through AUTH_GITHUB_ENTERPRISE_URL.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import {
  MOCK_CLIENT_ID,
  MOCK_CLIENT_SECRET,
  MOCK_GITHUB_PORT,
  mockUsers,
  type MockUser,
} from './users';

type Grant = { login: string; redirectUri: string; codeChallenge?: string };
type TokenMode = 'ok' | 'error' | 'unreachable';

const grants = new Map<string, Grant>();
const tokens = new Map<string, string>();
const profiles = new Map(mockUsers.map((user) => [user.login, { ...user, avatarVersion: 1 }]));
/** Per-user faults, so one test's broken GitHub never breaks another test's sign-in. */
const tokenModes = new Map<string, TokenMode>();
/** Users for whom this "GitHub" ignores the PKCE challenge, as a lax provider would. */
const pkceIgnored = new Set<string>();

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown, type = 'application/json') {
  response.writeHead(status, { 'Content-Type': type });
  response.end(type === 'application/json' ? JSON.stringify(body) : String(body));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function authorizePage(url: URL, response: ServerResponse) {
  const clientId = url.searchParams.get('client_id');
  const redirectUri = url.searchParams.get('redirect_uri');
  if (clientId !== MOCK_CLIENT_ID || !redirectUri) {
    return send(response, 400, 'Unknown OAuth application', 'text/plain');
  }
  const hidden = ['redirect_uri', 'state', 'code_challenge']
    .map(
      (name) =>
        `<input type="hidden" name="${name}" value="${escapeHtml(url.searchParams.get(name) ?? '')}">`,
    )
    .join('');
  const buttons = [...profiles.values()]
    .map((user) => `<button name="login" value="${user.login}">Authorize as ${user.login}</button>`)
    .join('');
  send(
    response,
    200,
    `<!doctype html><title>Authorize Waymark</title><h1>Authorize Waymark?</h1>
     <form method="post" action="/login/oauth/authorize">${hidden}${buttons}
     <button name="login" value="">Cancel</button></form>
     <form method="post" action="/login/oauth/authorize">${hidden}
     <label>Another GitHub login <input name="login" required></label>
     <button>Authorize this login</button></form>`,
    'text/html',
  );
}

async function decide(request: IncomingMessage, response: ServerResponse) {
  const form = new URLSearchParams(await readBody(request));
  const redirect = new URL(form.get('redirect_uri') ?? '');
  const state = form.get('state');
  if (state) redirect.searchParams.set('state', state);
  const login = form.get('login');
  // Any new login becomes a user with a stable numeric id, so each test can have its own learner.
  if (login && /^[a-z0-9-]{1,39}$/.test(login) && !profiles.has(login)) {
    const id =
      10_000_000 + (createHash('sha256').update(login).digest().readUInt32BE(0) % 1_000_000_000);
    profiles.set(login, { id, login, name: null, avatarVersion: 1 });
  }
  if (!login || !profiles.has(login)) {
    redirect.searchParams.set('error', 'access_denied');
    redirect.searchParams.set('error_description', 'The user has denied your application access.');
  } else {
    const code = randomBytes(12).toString('hex');
    grants.set(code, {
      login,
      redirectUri: form.get('redirect_uri') ?? '',
      codeChallenge: form.get('code_challenge') || undefined,
    });
    redirect.searchParams.set('code', code);
  }
  response.writeHead(302, { Location: redirect.toString() }).end();
}

function clientCredentials(request: IncomingMessage, form: URLSearchParams) {
  const basic = request.headers.authorization?.match(/^Basic (.+)$/)?.[1];
  if (basic) {
    const [id, secret] = Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent);
    return { id, secret };
  }
  return { id: form.get('client_id'), secret: form.get('client_secret') };
}

async function exchangeToken(request: IncomingMessage, response: ServerResponse) {
  const form = new URLSearchParams(await readBody(request));
  const mode = tokenModes.get(grants.get(form.get('code') ?? '')?.login ?? '');
  if (mode === 'unreachable') return request.socket.destroy();
  if (mode === 'error') return send(response, 500, { error: 'server_error' });
  const client = clientCredentials(request, form);
  if (client.id !== MOCK_CLIENT_ID || client.secret !== MOCK_CLIENT_SECRET) {
    return send(response, 401, { error: 'incorrect_client_credentials' });
  }
  const code = form.get('code') ?? '';
  const grant = grants.get(code);
  grants.delete(code); // codes are single-use
  const verifier = form.get('code_verifier') ?? '';
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  if (
    !grant ||
    grant.redirectUri !== form.get('redirect_uri') ||
    (grant.codeChallenge && grant.codeChallenge !== challenge && !pkceIgnored.has(grant.login))
  ) {
    return send(response, 400, { error: 'bad_verification_code' });
  }
  const token = `gho_${randomBytes(16).toString('hex')}`;
  tokens.set(token, grant.login);
  send(response, 200, { access_token: token, token_type: 'bearer', scope: 'read:user' });
}

function userFor(request: IncomingMessage): (MockUser & { avatarVersion: number }) | undefined {
  const token = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
  const login = token && tokens.get(token);
  return login ? profiles.get(login) : undefined;
}

async function admin(url: URL, request: IncomingMessage, response: ServerResponse) {
  const body = JSON.parse((await readBody(request)) || '{}') as Record<string, unknown>;
  if (url.pathname === '/__admin/token-mode')
    tokenModes.set(String(body.login), body.mode as TokenMode);
  if (url.pathname === '/__admin/ignore-pkce') pkceIgnored.add(String(body.login));
  if (url.pathname === '/__admin/rename') {
    const user = [...profiles.values()].find((u) => u.id === body.id);
    if (!user) return send(response, 404, { error: 'no such user' });
    profiles.delete(user.login);
    profiles.set(String(body.login), {
      ...user,
      login: String(body.login),
      avatarVersion: user.avatarVersion + 1,
    });
  }
  if (url.pathname === '/__admin/reset') {
    tokenModes.clear();
    pkceIgnored.clear();
    profiles.clear();
    for (const user of mockUsers) profiles.set(user.login, { ...user, avatarVersion: 1 });
  }
  send(response, 200, { ok: true });
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
  const route = `${request.method} ${url.pathname}`;
  const handle = async () => {
    if (route === 'GET /health') return send(response, 200, { ok: true });
    if (route === 'GET /login/oauth/authorize') return authorizePage(url, response);
    if (route === 'POST /login/oauth/authorize') return decide(request, response);
    if (route === 'POST /login/oauth/access_token') return exchangeToken(request, response);
    if (url.pathname.startsWith('/__admin/')) return admin(url, request, response);
    if (url.pathname.startsWith('/avatars/')) {
      return send(
        response,
        200,
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="#888"/></svg>',
        'image/svg+xml',
      );
    }
    const user = userFor(request);
    if (route === 'GET /api/v3/user') {
      if (!user) return send(response, 401, { message: 'Bad credentials' });
      const avatar = `http://127.0.0.1:${MOCK_GITHUB_PORT}/avatars/${user.login}-v${user.avatarVersion}.svg`;
      return send(response, 200, {
        id: user.id,
        login: user.login,
        name: user.name,
        email: null,
        avatar_url: avatar,
      });
    }
    if (route === 'GET /api/v3/user/emails') {
      if (!user) return send(response, 401, { message: 'Bad credentials' });
      return send(response, 200, [
        { email: `${user.login}@users.noreply.example`, primary: true, verified: true },
      ]);
    }
    send(response, 404, { message: 'Not Found' });
  };
  handle().catch((error: unknown) => send(response, 500, { error: String(error) }));
});

server.listen(MOCK_GITHUB_PORT, '127.0.0.1', () => {
  console.log(`mock GitHub listening on http://127.0.0.1:${MOCK_GITHUB_PORT}`);
});
