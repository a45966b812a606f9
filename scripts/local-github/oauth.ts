// GitHub's OAuth web flow as the app's GitHub provider drives it: the authorize page (a choice of
// test learner instead of a consent screen), the code-for-token exchange with PKCE, and the two
// API calls that read the signed-in user.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { authorizePage, avatarDataUrl, type PendingRequest } from './authorize-page';
import { learnerFor, normalizeLogin, testLearners, type TestLearner } from './learners';

/** The OAuth app the stand-in knows. Not secrets: they only let Waymark talk to this process. */
export const LOCAL_CLIENT_ID = 'waymark-local-client';
export const LOCAL_CLIENT_SECRET = 'waymark-local-secret';

type Grant = { login: string; redirectUri: string; codeChallenge?: string };
export type TokenMode = 'ok' | 'error' | 'unreachable';

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json',
) {
  response.writeHead(status, { 'Content-Type': type });
  response.end(type === 'application/json' ? JSON.stringify(body) : String(body));
}

/** Like an OAuth app's registered callback: only Waymark's GitHub callback, on this machine. */
function isLoopbackCallback(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      ['http:', 'https:'].includes(url.protocol) &&
      ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) &&
      url.pathname === '/api/auth/callback/github'
    );
  } catch {
    return false;
  }
}

function pendingRequest(params: URLSearchParams): PendingRequest {
  return {
    redirectUri: params.get('redirect_uri') ?? '',
    state: params.get('state') ?? '',
    codeChallenge: params.get('code_challenge') ?? '',
  };
}

function clientCredentials(request: IncomingMessage, form: URLSearchParams) {
  const basic = request.headers.authorization?.match(/^Basic (.+)$/)?.[1];
  if (basic) {
    const [id, secret] = Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent);
    return { id, secret };
  }
  return { id: form.get('client_id'), secret: form.get('client_secret') };
}

/** What one stand-in remembers: its learners, and the codes and tokens it handed out. */
export type State = {
  grants: Map<string, Grant>;
  tokens: Map<string, string>;
  learners: Map<string, TestLearner>;
  /** Per-learner faults, so one test's broken GitHub never breaks another test's sign-in. */
  tokenModes: Map<string, TokenMode>;
  /** Learners for whom this "GitHub" ignores the PKCE challenge, as a lax provider would. */
  pkceIgnored: Set<string>;
};

/**
 * Forgets every fault and gives the ready-made learners back their logins (a rename goes). Other
 * learners stay: a test's reset must not break a sign-in another worker has under way, whose
 * learner the profile request still looks up.
 */
export function resetState(state: State) {
  state.tokenModes.clear();
  state.pkceIgnored.clear();
  for (const learner of testLearners) {
    for (const [login, known] of state.learners)
      if (known.id === learner.id) state.learners.delete(login);
    state.learners.set(learner.login, { ...learner });
  }
}

export function createState(): State {
  const state: State = {
    grants: new Map(),
    tokens: new Map(),
    learners: new Map(),
    tokenModes: new Map(),
    pkceIgnored: new Set(),
  };
  resetState(state);
  return state;
}

function sendPage(response: ServerResponse, status: number, html: string) {
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    'X-Frame-Options': 'DENY',
  });
  response.end(html);
}

const notACallback = (response: ServerResponse) =>
  send(response, 400, 'The redirect_uri is not a Waymark callback', 'text/plain');

export function showAuthorize(state: State, url: URL, response: ServerResponse) {
  const pending = pendingRequest(url.searchParams);
  if (url.searchParams.get('client_id') !== LOCAL_CLIENT_ID) {
    return send(response, 400, 'Unknown OAuth application', 'text/plain');
  }
  if (!isLoopbackCallback(pending.redirectUri)) return notACallback(response);
  sendPage(response, 200, authorizePage(pending, [...state.learners.values()]));
}

export async function decide(state: State, request: IncomingMessage, response: ServerResponse) {
  const form = new URLSearchParams(await readBody(request));
  const pending = pendingRequest(form);
  if (!isLoopbackCallback(pending.redirectUri)) return notACallback(response);
  const typed = form.get('login') ?? '';
  const redirect = new URL(pending.redirectUri);
  if (pending.state) redirect.searchParams.set('state', pending.state);
  if (!typed) {
    redirect.searchParams.set('error', 'access_denied');
    redirect.searchParams.set('error_description', 'The user has denied your application access.');
    return response.writeHead(302, { Location: redirect.toString() }).end();
  }
  const login = normalizeLogin(typed);
  if (!login) {
    const message = 'A GitHub login is letters, digits and single hyphens, up to 39 characters.';
    const learners = [...state.learners.values()];
    return sendPage(response, 400, authorizePage(pending, learners, { typed, message }));
  }
  if (!state.learners.has(login)) state.learners.set(login, learnerFor(login));
  const code = randomBytes(12).toString('hex');
  state.grants.set(code, {
    login,
    redirectUri: pending.redirectUri,
    codeChallenge: pending.codeChallenge || undefined,
  });
  redirect.searchParams.set('code', code);
  response.writeHead(302, { Location: redirect.toString() }).end();
}

export async function exchangeToken(
  state: State,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const form = new URLSearchParams(await readBody(request));
  const code = form.get('code') ?? '';
  const grant = state.grants.get(code);
  const mode = state.tokenModes.get(grant?.login ?? '');
  if (mode === 'unreachable') return request.socket.destroy();
  if (mode === 'error') return send(response, 500, { error: 'server_error' });
  const client = clientCredentials(request, form);
  if (client.id !== LOCAL_CLIENT_ID || client.secret !== LOCAL_CLIENT_SECRET) {
    return send(response, 401, { error: 'incorrect_client_credentials' });
  }
  state.grants.delete(code); // codes are single-use
  const challenge = createHash('sha256')
    .update(form.get('code_verifier') ?? '')
    .digest('base64url');
  if (
    !grant ||
    grant.redirectUri !== form.get('redirect_uri') ||
    (grant.codeChallenge &&
      grant.codeChallenge !== challenge &&
      !state.pkceIgnored.has(grant.login))
  ) {
    return send(response, 400, { error: 'bad_verification_code' });
  }
  const token = `gho_${randomBytes(16).toString('hex')}`;
  state.tokens.set(token, grant.login);
  send(response, 200, { access_token: token, token_type: 'bearer', scope: 'read:user' });
}

function learnerOf(state: State, request: IncomingMessage): TestLearner | undefined {
  const token = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
  const login = token && state.tokens.get(token);
  return login ? state.learners.get(login) : undefined;
}

export function answerApi(
  state: State,
  route: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const learner = learnerOf(state, request);
  if (route === 'GET /api/v3/user') {
    if (!learner) return send(response, 401, { message: 'Bad credentials' });
    return send(response, 200, {
      id: learner.id,
      login: learner.login,
      name: learner.name,
      email: null,
      avatar_url: avatarDataUrl(learner.login),
    });
  }
  if (route === 'GET /api/v3/user/emails') {
    if (!learner) return send(response, 401, { message: 'Bad credentials' });
    return send(response, 200, [
      { email: `${learner.login}@users.noreply.example`, primary: true, verified: true },
    ]);
  }
  send(response, 404, { message: 'Not Found' });
}
