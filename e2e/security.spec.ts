import { expect, test } from '@playwright/test';

import { signInAs, uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';
import { queryE2eDatabase } from './database';

const roadmap = firstRoadmap();
const [topic] = allTopics(roadmap).map(({ topic }) => topic);
const topicUrl = `/roadmaps/${roadmap.id}/${topic!.id}`;

test('every kind of response carries the security headers', async ({ request }) => {
  for (const path of [
    '/',
    topicUrl,
    '/search?q=sql',
    '/signin',
    '/api/me',
    '/api/health',
    '/no-such-page',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("script-src 'self' 'unsafe-inline'");
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

test('a server action posted from another site is refused and changes nothing', async ({
  page,
}) => {
  const login = uniqueLogin('csrf');
  await page.goto(topicUrl);
  await signInAs(page, login);
  await page.locator('form[data-session="ready"]').first().waitFor();
  const posted = page.waitForRequest(
    (request) => request.method() === 'POST' && 'next-action' in request.headers(),
  );
  await page.getByRole('button', { name: /^Done / }).click();
  const action = await posted;
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
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
  expect((await replay('https://evil.example')).ok()).toBe(false);
  expect(await history()).toBe(before);
  // The very same request from the site itself is accepted: only the origin made the difference.
  expect((await replay(new URL(page.url()).origin)).ok()).toBe(true);
  expect(await history()).toBe(before + 1);
});
