import { execFileSync } from 'node:child_process';
import { Agent, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';

import { expect, test } from '@playwright/test';
import { Client } from 'pg';

import { notePath, roadmapPath, topicPath } from '../lib/routes';
import { startAppServer, type AppServer } from '../testing/app-server';
import { databaseUrl, dropDatabase } from '../testing/database/postgres';
import { allTopics, firstRoadmap, learnerPagePaths } from './content';
import { appServerEnv } from './support/app-env';

/**
 * Every dynamic route of the production server, driven with values no browser would send on
 * purpose: none may answer 5xx, and the server may log no error line while it answers them.
 */
const PORT = 3125;
const DATABASE = 'waymark_hostile';
const roadmap = firstRoadmap();
const topic = allTopics(roadmap)[0]!.topic;
const LOGIN = 'hostile-public';
const SESSION = '5f0c3b8e-2a4d-4f6e-9b1a-7c3d2e1f0a9b';

/** Raw path segments, already as they travel (percent-encoded where a browser would encode). */
const corpus = [
  // malformed and overlong percent-encodings, lone surrogates, beyond U+10FFFF
  '%',
  '%%',
  '%ZZ',
  '%E0%A4%A',
  '%C0%AF',
  '%C0%80',
  '%FF%FE',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%E0%80%AF',
  // NUL and other control characters, CRLF injection
  '%00',
  'a%00b',
  '%01',
  '%1F',
  '%7F',
  '%C2%85',
  '%0D%0ASet-Cookie:%20x=y',
  // path traversal
  '..',
  '%2E%2E',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%5c%2e%2e%5cwindows',
  '%252E%252E%252F',
  // very long strings
  'x'.repeat(2_000),
  '%41'.repeat(2_500),
  '%F0%9F%98%80'.repeat(300),
  // mixed scripts, invisible and direction-override characters
  '%E2%80%AEevil',
  '%E2%80%8Bbackend',
  'p%D0%B0ypal',
  '%D9%85%D8%B1%D8%AD%D8%A8%D8%A7',
  '%E6%95%B0%E6%8D%AE%E5%BA%93',
  '%F0%9F%98%80',
  // SQL and HTML fragments
  '%27%20OR%201%3D1--',
  '%27%3B%20DROP%20TABLE%20users%3B--',
  'admin%27--',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  // odd but well-formed ids
  'BACKEND',
  '-',
  'a--b',
  '$',
  '~',
  '.',
  roadmap.id,
  LOGIN,
];

/** Every dynamic route: pages, route handlers, Open Graph images, the note and share pages. */
const patterns = [
  '/roadmaps/{v}',
  `/roadmaps/${roadmap.id}/{v}`,
  `/roadmaps/{v}/${topic.id}`,
  `/roadmaps/${roadmap.id}/{v}/note`,
  `/roadmaps/{v}/${topic.id}/note`,
  `/roadmaps/${roadmap.id}/${topic.id}/{v}`,
  `/roadmaps/${roadmap.id}/steps/{v}/status`,
  `/roadmaps/{v}/steps/${roadmap.steps[0]!.id}/status?saved={v}`,
  `/roadmaps/${roadmap.id}/about?{v}`,
  '/share/{v}',
  '/u/{v}',
  `/u/{v}/${roadmap.id}`,
  `/u/${LOGIN}/{v}`,
  '/u/{v}/opengraph-image',
  `/u/${LOGIN}/{v}/opengraph-image`,
  '/search?q={v}',
  '/api/me?progress={v}&note={v}',
  `/api/me?progress=${roadmap.id}&note={v}`,
  '/signin?next={v}',
  '/signin/error?error={v}',
  '/{v}',
];

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

type RawResponse = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/** Sends the path byte for byte (fetch and Playwright would normalise `..` and re-encode it). */
function send(method: string, path: string, headers: OutgoingHttpHeaders = {}, body?: string) {
  return new Promise<RawResponse>((resolve, reject) => {
    const request = httpRequest(
      { host: 'localhost', port: PORT, method, path, headers, agent },
      (response) => {
        let text = '';
        response.setEncoding('latin1');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: text }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const signedIn = { cookie: `authjs.session-token=${SESSION}` };

/** What the server logged as an error since `from` (Next's plain errors and our JSON lines). */
function errorLines(server: AppServer, from: number): string[] {
  return server
    .output()
    .slice(from)
    .split('\n')
    .filter((line) => /"level":"error"|\bError\b|⨯|Failed query/.test(line));
}

let server: AppServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  execFileSync(
    'npx',
    ['tsx', '--conditions=react-server', 'testing/database/prepare-e2e-database.ts', DATABASE],
    { stdio: 'pipe' },
  );
  const url = databaseUrl(DATABASE);
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(
    `insert into users (id, login, name, profile_public, show_notes) values ('hostile-user', $1, 'Hostile Test', true, true)`,
    [LOGIN],
  );
  await client.query(
    `insert into sessions (session_token, user_id, expires) values ($1, 'hostile-user', now() + interval '1 day')`,
    [SESSION],
  );
  await client.end();
  server = await startAppServer(PORT, {
    ...appServerEnv,
    DATABASE_URL: url,
    SITE_URL: `http://localhost:${PORT}`,
  });
});

test.afterAll(async () => {
  agent.destroy();
  await server?.stop();
  await dropDatabase(DATABASE);
});

test('hostile values in every dynamic route answer 2xx–4xx, and nothing is logged as an error', async () => {
  test.setTimeout(240_000);
  const from = server.output().length;
  const failures: string[] = [];
  let sent = 0;
  for (const pattern of patterns) {
    for (const value of corpus) {
      const path = pattern.replaceAll('{v}', value);
      for (const headers of [{}, signedIn]) {
        const { status } = await send('GET', path, headers);
        sent += 1;
        if (status >= 500) failures.push(`${status} GET ${path.slice(0, 120)}`);
      }
    }
  }
  console.log(`hostile URLs: ${sent} requests over ${patterns.length} route patterns`);
  expect(failures).toEqual([]);
  expect(errorLines(server, from)).toEqual([]);
});

test('a malformed segment gets the branded 400 page, a value no id can have a 404', async () => {
  const bad = await send('GET', '/roadmaps/%E0%A4%A');
  expect(bad.status).toBe(400);
  expect(bad.headers['content-type']).toContain('text/html');
  expect(bad.body).toContain('This address cannot be read');
  expect(bad.body).toContain('href="/"');
  const missing = await send('GET', '/u/%00');
  expect(missing.status).toBe(404);
  expect(missing.body).toContain('This page is not on the map');
});

test('garbage, truncated and oversized session cookies count as signed out', async () => {
  const from = server.output().length;
  const values = ['', 'garbage', '%ZZ', SESSION.slice(0, 10), 'x'.repeat(4_000), `${SESSION}%00`];
  for (const name of ['authjs.session-token', '__Secure-authjs.session-token']) {
    for (const value of values) {
      const cookie = { cookie: `${name}=${value}` };
      const me = await send('GET', '/api/me', cookie);
      expect(me.status, `${name}=${value.slice(0, 20)}`).toBe(200);
      expect(JSON.parse(me.body).user).toBeNull();
      const dashboard = await send('GET', '/dashboard', cookie);
      expect(dashboard.status).toBe(307); // to sign-in, as for any visitor
      const session = await send('GET', '/api/auth/session', cookie);
      expect(session.status).toBe(200);
      expect(session.body).toBe('null');
    }
  }
  // Beyond what Node accepts in headers: refused with a 4xx, not a crash.
  const huge = await send('GET', '/dashboard', {
    cookie: `authjs.session-token=${'y'.repeat(20_000)}`,
  });
  expect(huge.status).toBe(431);
  expect(errorLines(server, from)).toEqual([]);
});

/** The server actions the no-JavaScript forms of these pages post to. */
async function actionIdsOn(paths: string[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const path of paths) {
    const { body } = await send('GET', path, signedIn);
    for (const [, id] of body.matchAll(/&quot;id&quot;:&quot;([0-9a-f]{42})&quot;/g)) ids.add(id!);
  }
  return [...ids];
}

test('every action called with arguments its form never sends answers, and logs nothing', async () => {
  const ids = await actionIdsOn([
    roadmapPath(roadmap.id),
    notePath(roadmap.id, topic.id),
    '/settings',
    '/signin',
  ]);
  expect(ids.length, 'the pages render forms with server actions').toBeGreaterThanOrEqual(5);
  const from = server.output().length;
  for (const id of ids) {
    for (const args of ['[]', '[null]', '[null,null]', '["x","y"]', '[{},{}]', '[1,[2]]']) {
      const response = await send(
        'POST',
        roadmapPath(roadmap.id),
        { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', ...signedIn },
        args,
      );
      expect(response.status, `${id} ${args}`).toBeLessThan(500);
    }
  }
  expect(errorLines(server, from)).toEqual([]);
});

test('malformed actions, wrong content types and oversized bodies get a 4xx', async () => {
  const [actionId] = await actionIdsOn([roadmapPath(roadmap.id)]);
  const from = server.output().length;
  const roadmapUrl = roadmapPath(roadmap.id);
  const cases: [string, OutgoingHttpHeaders, string][] = [
    ['malformed action id', { 'next-action': 'garbage', 'content-type': 'text/plain' }, '[]'],
    [
      'overlong action id',
      { 'next-action': 'a'.repeat(5_000), 'content-type': 'text/plain' },
      '[]',
    ],
    ['wrong content type', { 'next-action': actionId, 'content-type': 'application/xml' }, '<x/>'],
    ['not JSON', { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8' }, '{'],
    [
      'over the body limit',
      { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8' },
      `["${'z'.repeat(1_200_000)}"]`,
    ],
  ];
  for (const [name, headers, body] of cases) {
    const response = await send('POST', roadmapUrl, headers, body);
    expect(response.status, name).toBeGreaterThanOrEqual(400);
    expect(response.status, name).toBeLessThan(500);
  }
  expect(errorLines(server, from)).toEqual([]);
});

test('a cross-site write is refused with 403, and a write is never cacheable', async () => {
  const response = await send(
    'POST',
    roadmapPath(roadmap.id),
    { origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' },
    '--x--',
  );
  expect(response.status).toBe(403);
  expect(response.body).toContain('This change came from another site');
  const auth = await send('GET', '/api/auth/session', signedIn);
  expect(auth.headers['cache-control']).toBe('private, no-store');
  // An action answered on a prerendered page (sign-out and account deletion set cookies).
  const [actionId] = await actionIdsOn([roadmapPath(roadmap.id)]);
  const write = await send(
    'POST',
    roadmapPath(roadmap.id),
    { 'next-action': actionId!, 'content-type': 'text/plain;charset=UTF-8', ...signedIn },
    '[]',
  );
  expect(write.status).toBe(200);
  expect(write.headers['cache-control']).toContain('no-store');
  expect(write.headers['cache-control']).not.toContain('s-maxage');
});

test('HEAD answers every page as GET does, and OPTIONS never fails on the server', async () => {
  const pages = [
    '/',
    roadmapPath(roadmap.id),
    topicPath(roadmap.id, topic.id),
    ...learnerPagePaths(roadmap, topic.id, LOGIN),
    '/search?q=sql',
    '/signin',
    '/goodbye',
    '/sitemap.xml',
    '/robots.txt',
    '/api/me',
    '/api/health',
  ];
  for (const path of pages) {
    const get = await send('GET', path, signedIn);
    const head = await send('HEAD', path, signedIn);
    expect(head.status, `HEAD ${path}`).toBe(get.status);
    expect(head.body, `HEAD ${path}`).toBe('');
    const options = await send('OPTIONS', path, signedIn);
    expect(options.status, `OPTIONS ${path}`).toBeLessThan(500);
  }
  // Per-request pages say which methods they take.
  const options = await send('OPTIONS', '/dashboard');
  expect(options.status).toBe(204);
  expect(options.headers.allow).toContain('GET');
});
