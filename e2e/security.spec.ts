import { readFileSync } from 'node:fs';

import { topicPath } from '../lib/routes';
import { allTopics, firstRoadmap, pagePaths } from './content';
import { queryE2eDatabase } from './database';
import { describeAs, expect, test } from './fixtures';
import { waitForSaves } from './pages/session';

const roadmap = firstRoadmap();
const [topic] = allTopics(roadmap).map(({ topic }) => topic);
const topicUrl = topicPath(roadmap.id, topic!.id);

const perRequestPages = pagePaths(['personal', 'database'], roadmap, topic!.id, 'nobody');

/** The id of a server action of the build under test, from Next's manifest of them. */
function builtActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync('.next/server/server-reference-manifest.json', 'utf8'),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, action]) => action.filename === filename && action.exportedName === exportedName,
  );
  if (!found) throw new Error(`no action ${exportedName} of ${filename} in the build`);
  return found[0];
}

test('the benchmark’s page and its empty action answer 404 outside the benchmark', async ({
  request,
}) => {
  expect((await request.get('/bench')).status()).toBe(404);
  const action = await request.post('/bench', {
    headers: {
      'next-action': builtActionId('app/bench/actions.ts', 'doNothing'),
      'content-type': 'text/plain;charset=UTF-8',
    },
    data: '[]',
    maxRedirects: 0,
  });
  expect(action.status()).toBe(404);
});

test('every kind of response carries the security headers', async ({ request }) => {
  for (const path of [
    '/',
    topicUrl,
    '/api/me',
    '/api/health',
    '/no-such-page',
    ...perRequestPages,
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/script-src 'self' /);
    expect(csp, path).not.toContain('unsafe-eval');
    expect(csp, path).not.toMatch(/script-src[^;]*(\*|https?:)/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['strict-transport-security'], path).toContain('max-age=');
  }
});

test('per-request pages allow inline scripts only with this response’s nonce, and still work', async ({
  page,
  request,
}) => {
  const nonces = new Set<string>();
  for (const path of perRequestPages) {
    const csp = (await request.get(path, { maxRedirects: 0 })).headers()[
      'content-security-policy'
    ]!;
    expect(csp.match(/script-src[^;]*/)?.[0], path).not.toContain("'unsafe-inline'");
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
  }
  expect(nonces.size).toBe(perRequestPages.length); // a fresh nonce for every response

  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  for (const path of ['/search?q=sql', '/signin', '/']) {
    await page.goto(path);
    // The theme script ran (it marks <html>), and React hydrated (the theme toggle answers).
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    await page.getByRole('button', { name: /^Theme:/ }).click();
  }
  expect(refused).toEqual([]);
});

describeAs('csrf', 'a server action', () => {
  test('posted from another site is refused and changes nothing', async ({
    page,
    login,
    topicPage,
  }) => {
    await topicPage.open(topic!.id);
    const posted = page.waitForRequest(
      (request) => request.method() === 'POST' && 'next-action' in request.headers(),
    );
    await topicPage.statusButton('Done').click();
    const action = await posted;
    await waitForSaves(page);
    const history = async () =>
      Number(
        (
          await queryE2eDatabase<{ n: string }>(
            'select count(*) as n from progress_events e join users u on u.id = e.user_id where u.login = $1',
            [login],
          )
        )[0]!.n,
      );
    const before = await history();

    // The same request, with the learner's own cookie, as a page on another site would send it.
    const headers = await action.allHeaders();
    const body = action
      .postDataBuffer()!
      .toString('utf8')
      .replace('"done"', '"in_progress"')
      .replace(/\bdone\b/, 'in_progress');
    const replay = (origin: string) =>
      page.request.post(action.url(), {
        headers: {
          'next-action': headers['next-action']!,
          'content-type': headers['content-type']!,
          origin,
        },
        data: body,
        maxRedirects: 0,
      });
    const refused = await replay('https://evil.example');
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('This change came from another site');
    expect(await history()).toBe(before);
    // The very same request from the site itself is accepted: only the origin made the difference.
    expect((await replay(new URL(page.url()).origin)).ok()).toBe(true);
    expect(await history()).toBe(before + 1);
  });
});
