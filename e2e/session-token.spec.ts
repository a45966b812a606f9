import { readFileSync } from 'node:fs';

import { roadmapPath } from '../lib/routes';
import { allTopics, firstRoadmap } from './content';
import { describeAs, expect, test } from './fixtures';
import { storageStatePath } from './support/learners';

const roadmap = firstRoadmap();
const topic = allTopics(roadmap)[0]!.topic;

/** The value of the session cookie the setup saved for this learner: what must never leave it. */
function sessionToken() {
  const state = JSON.parse(readFileSync(storageStatePath('session-reader'), 'utf8')) as {
    cookies: { name: string; value: string }[];
  };
  const cookie = state.cookies.find(({ name }) => name.endsWith('authjs.session-token'));
  if (!cookie) throw new Error('the setup saved no session cookie for session-reader');
  return cookie.value;
}

describeAs('session-reader', 'a signed-in learner', () => {
  test('gets from the session endpoint who they are, and neither the token nor account data', async ({
    request,
    login,
  }) => {
    const response = await request.get('/api/auth/session');
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).not.toContain(sessionToken());
    const session = JSON.parse(body) as { user: Record<string, unknown> };
    expect(Object.keys(session).sort()).toEqual(['expires', 'user']);
    expect(Object.keys(session.user).sort()).toEqual(
      ['id', 'image', 'login', 'name', 'notesPublic', 'profilePublic'].sort(),
    );
    expect(session.user.login).toBe(login);
  });

  test('finds the session token in no answer the app gives them', async ({ request }) => {
    const token = sessionToken();
    for (const path of [
      '/api/auth/session',
      `/api/me?progress=${roadmap.id}&note=${topic.id}`,
      `/api/me/checks?roadmap=${roadmap.id}&topic=${topic.id}`,
      `/api/plan?roadmap=${roadmap.id}`,
      '/api/export',
      '/dashboard',
      '/settings',
      roadmapPath(roadmap.id),
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).not.toContain(token);
    }
  });
});
