import { expect, test } from '@playwright/test';

import { firstRoadmap, pagePaths } from './content';
import { loginOf, storageStatePath } from './support/learners';

/**
 * ARCHITECTURE.md's invariant "reader pages are static and identical for everyone": every reader
 * page in lib/route-table.ts answers a signed-in learner with the same bytes as a visitor, sets
 * no cookie and is cacheable by a shared cache, so a CDN may serve one copy to the whole world.
 * Personal data reaches those pages only later, from /api/me.
 */
test('every reader page is the same prerendered answer for a signed-in learner as for a visitor', async ({
  playwright,
  baseURL,
}) => {
  const roadmap = firstRoadmap();
  const topic = roadmap.steps[0]!.topics[0]!;
  const login = loginOf('session-reader');
  const paths = pagePaths(['reader'], roadmap, topic.id, login);
  expect(paths).toContain(`/roadmaps/${roadmap.id}/${topic.id}`);
  const visitor = await playwright.request.newContext({ baseURL });
  const learner = await playwright.request.newContext({
    baseURL,
    storageState: storageStatePath('session-reader'),
  });
  try {
    const signedIn = await learner.get('/api/me');
    expect(await signedIn.text(), 'the learner’s cookie is a live session').toContain(login);
    for (const path of paths) {
      const [asVisitor, asLearner] = await Promise.all([visitor.get(path), learner.get(path)]);
      expect(asVisitor.status(), path).toBe(200);
      expect(asLearner.status(), path).toBe(200);
      expect(asLearner.headers()['cache-control'], path).toContain('s-maxage');
      expect(asLearner.headers()['set-cookie'], path).toBeUndefined();
      const [visitorHtml, learnerHtml] = await Promise.all([asVisitor.text(), asLearner.text()]);
      expect(learnerHtml === visitorHtml, `${path} differs for a signed-in learner`).toBe(true);
      expect(learnerHtml, path).not.toContain(login);
    }
  } finally {
    await Promise.all([visitor.dispose(), learner.dispose()]);
  }
});
