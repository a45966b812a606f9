import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { users } from '@/db/schema';
import { openTestDatabase, queryRows, type TestDatabase } from '@/db/testing/targets';
import { getRoadmaps } from '@/lib/content';

const state = vi.hoisted(() => ({
  user: null as { id: string; login: string } | null,
  database: null as TestDatabase | null,
  address: '203.0.113.7',
}));
vi.mock('@/auth', () => ({ auth: async () => (state.user ? { user: state.user } : null) }));
vi.mock('@/db', () => ({ getDb: async () => state.database!.db }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': `${state.address}, 10.0.0.1` }),
  cookies: async () => new Map(),
}));
vi.stubEnv('WAYMARK_WRITES_PER_MINUTE', '3');
// One fixed moment, so no test straddles the start of a new counting window.
vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(new Date('2026-11-22T10:00:10Z'));
vi.stubEnv('WAYMARK_WRITES_PER_MINUTE_PER_IP', '5');

const { setTopicStatus } = await import('@/lib/progress/actions');

const roadmap = getRoadmaps()[0]!;
const topics = roadmap.steps.flatMap((step) => step.topics);
const write = (index: number, status = 'done') => {
  const data = new FormData();
  data.set('roadmapId', roadmap.id);
  data.set('topicId', topics[index]!.id);
  data.set('status', status);
  return setTopicStatus(null, data);
};

describe.each(['pglite', 'node-postgres'] as const)('write rate limits on %s', (driver) => {
  const mona = { id: randomUUID(), login: 'mona' };
  const hubot = { id: randomUUID(), login: 'hubot' };

  beforeAll(async () => {
    state.database = await openTestDatabase(driver);
    await state.database.migrate();
    await state.database.db.insert(users).values([mona, hubot]);
  }, 60_000);
  afterAll(() => state.database?.dispose(), 30_000);

  const progressRows = async () =>
    (await queryRows(state.database!, sql`select count(*)::int as n from progress`))[0]!.n;

  it('refuses a learner past their limit with a clear message and when to retry, saving nothing', async () => {
    state.user = mona;
    state.address = '203.0.113.7';
    for (const index of [0, 1, 2]) expect((await write(index)).ok).toBe(true);
    const before = await progressRows();
    const refused = await write(3);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'RATE_LIMITED',
        message: expect.stringMatching(
          /faster than Waymark accepts\. Nothing was saved: wait \d+ seconds?/,
        ),
        retryAfterSeconds: expect.any(Number),
      },
    });
    const wait = !refused.ok && refused.error.retryAfterSeconds!;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await progressRows()).toBe(before);
  });

  it('limits an address across learners, and counts each address apart', async () => {
    state.user = hubot;
    // mona made 4 writes from this address; two more reach its limit of 5.
    expect((await write(0)).ok).toBe(true);
    expect(await write(1)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    state.address = '198.51.100.9';
    expect((await write(1)).ok).toBe(true);
  });

  it('keeps the counters unlogged, and learners’ progress logged', async () => {
    const persistence = await queryRows(
      state.database!,
      sql`select relname, relpersistence from pg_class where relname in ('rate_limits', 'progress') order by relname`,
    );
    expect(persistence).toEqual([
      { relname: 'progress', relpersistence: 'p' },
      { relname: 'rate_limits', relpersistence: 'u' },
    ]);
  });
});
