// A GitHub stand-in that speaks GitHub's real OAuth web flow (authorize → code → token with PKCE →
// /api/v3/user), so the app's unchanged GitHub provider signs in through it by way of
// AUTH_GITHUB_ENTERPRISE_URL: `npm run dev` without an OAuth app, and the end-to-end tests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import {
  answerApi,
  createState,
  decide,
  exchangeToken,
  LOCAL_CLIENT_ID,
  LOCAL_CLIENT_SECRET,
  readBody,
  resetState,
  send,
  showAuthorize,
  type State,
  type TokenMode,
} from './oauth';

/** Loopback only: the stand-in signs anyone in as anyone, so nothing off this machine may reach it. */
const LOCAL_GITHUB_HOST = '127.0.0.1';

/** The settings that point the app's GitHub provider at a stand-in listening on `url`. */
export const gitHubEnvFor = (url: string) => ({
  AUTH_GITHUB_ID: LOCAL_CLIENT_ID,
  AUTH_GITHUB_SECRET: LOCAL_CLIENT_SECRET,
  AUTH_GITHUB_ENTERPRISE_URL: url,
});

export type LocalGitHub = { url: string; server: Server; close: () => Promise<void> };

type LocalGitHubOptions = {
  /** 0 picks a free port. */
  port: number;
  /**
   * The end-to-end tests' controls under /__admin/ (rename a user, make the token exchange fail,
   * reset): off for `npm run dev`.
   */
  testControls?: boolean;
};

async function testControl(
  state: State,
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const body = JSON.parse((await readBody(request)) || '{}') as Record<string, unknown>;
  if (url.pathname === '/__admin/token-mode') {
    state.tokenModes.set(String(body.login), body.mode as TokenMode);
  }
  if (url.pathname === '/__admin/ignore-pkce') state.pkceIgnored.add(String(body.login));
  if (url.pathname === '/__admin/rename') {
    const learner = [...state.learners.values()].find((u) => u.id === body.id);
    if (!learner) return send(response, 404, { error: 'no such user' });
    state.learners.delete(learner.login);
    state.learners.set(String(body.login), { ...learner, login: String(body.login) });
  }
  if (url.pathname === '/__admin/reset') resetState(state);
  send(response, 200, { ok: true });
}

async function handle(
  state: State,
  testControls: boolean,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const url = new URL(request.url ?? '/', `http://${LOCAL_GITHUB_HOST}`);
  const route = `${request.method} ${url.pathname}`;
  if (route === 'GET /health') return send(response, 200, { ok: true });
  if (route === 'GET /login/oauth/authorize') return showAuthorize(state, url, response);
  if (route === 'POST /login/oauth/authorize') return decide(state, request, response);
  if (route === 'POST /login/oauth/access_token') return exchangeToken(state, request, response);
  if (testControls && url.pathname.startsWith('/__admin/')) {
    return testControl(state, url, request, response);
  }
  answerApi(state, route, request, response);
}

/** Starts a stand-in on 127.0.0.1; each has its own learners, codes and tokens. */
export function startLocalGitHub({ port, testControls = false }: LocalGitHubOptions) {
  const state = createState();
  const server = createServer((request, response) => {
    handle(state, testControls, request, response).catch((error: unknown) =>
      send(response, 500, { error: String(error) }),
    );
  });
  return new Promise<LocalGitHub>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOCAL_GITHUB_HOST, () => {
      const { port: bound } = server.address() as AddressInfo;
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections(); // keep-alive sockets would hold close() open
        });
      resolve({ url: `http://${LOCAL_GITHUB_HOST}:${bound}`, server, close });
    });
  });
}
