import { expect, test, type APIRequestContext } from '@playwright/test';

import { sharedRoadmapPath } from '../lib/routes';
import { uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';
import { insertPublicLearner, queryE2eDatabase } from './database';

const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);

/**
 * Notes that took react-markdown seconds (or overflowed its stack): stored straight into the
 * database, as notes saved before the validation that now refuses them would be.
 */
const fill = (unit: string, tail = '') =>
  unit.repeat(Math.floor((9_999 - tail.length) / unit.length)) + tail;
const hostileNotes = [fill('*a_'), fill('_a*'), fill('- ', 'a'), fill('* ', 'a'), fill('> ', 'a')];

/** A learner with a public profile that shows notes, and these notes on the first topics. */
async function publicLearner(notes: readonly string[]) {
  const login = uniqueLogin('shared');
  const id = await insertPublicLearner(login, { showNotes: true });
  for (const [index, body] of notes.entries()) {
    await queryE2eDatabase(
      'insert into notes (user_id, roadmap_id, topic_id, body) values ($1, $2, $3, $4)',
      [id, roadmap.id, topics[index]!.id, body],
    );
  }
  return sharedRoadmapPath(login, roadmap.id);
}

/** Status and the median time of several requests for `path`, after one to warm up. */
async function timedGets(request: APIRequestContext, path: string, times = 7) {
  const statuses = new Set<number>();
  const durations: number[] = [];
  for (let index = 0; index <= times; index++) {
    const started = performance.now();
    const response = await request.get(path);
    await response.body();
    statuses.add(response.status());
    if (index > 0) durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return { statuses: [...statuses], median: durations[Math.floor(times / 2)]! };
}

test('a share view with hostile stored notes answers 200, about as fast as one without notes', async ({
  page,
  request,
}) => {
  const empty = await publicLearner([]);
  const hostile = await publicLearner(hostileNotes);

  const plain = await timedGets(request, empty);
  const attacked = await timedGets(request, hostile);
  expect(plain.statuses).toEqual([200]);
  expect(attacked.statuses).toEqual([200]);
  // Generous: the two differ by the notes' text (~50 KB). Rendering every note on every request
  // made this 100 times slower.
  expect(attacked.median).toBeLessThan(plain.median * 4 + 50);

  // The notes are there, as their plain text.
  await page.goto(hostile);
  await expect(page.getByTestId('shared-note')).toHaveCount(hostileNotes.length);
  await expect(page.getByTestId(`shared-${topics[2]!.id}`)).toContainText('- - - - a');
});

test('an image in a shared note is a link to it, not a request from every visitor', async ({
  page,
}) => {
  const pixel = 'https://evil.example/p.gif?u=alice';
  const shared = await publicLearner([`Look: ![tracking pixel](${pixel})`]);
  const requested: string[] = [];
  await page.route('https://evil.example/**', (route) => {
    requested.push(route.request().url());
    return route.abort();
  });

  await page.goto(shared);
  const note = page.getByTestId('shared-note');
  const link = note.getByRole('link', { name: 'image: tracking pixel' });
  await expect(link).toHaveAttribute('href', pixel);
  await expect(link).toHaveAttribute('rel', 'nofollow ugc noopener noreferrer');
  expect(await note.locator('img').count()).toBe(0);
  expect(requested).toEqual([]);
});
