import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';

import { users } from '@/db/schema';
import { getRoadmaps } from '@/lib/content';
import { describeEachDriver, harness, testDatabase, useLearners } from '@/testing/integration';
import { countRows, selectRows } from '@/testing/rows';
import { limitWritesAt } from '@/testing/write-limits';

limitWritesAt('2026-11-22T10:00:10Z', { perLearner: 3, perAddress: 5 });

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
/** The socket's address, as recordPeerAddresses stamps it, and any X-Forwarded-For the client sent. */
const from = (address: string, forwardedFor?: string) => {
  harness.headers = { 'x-waymark-peer-address': address };
  if (forwardedFor !== undefined) harness.headers['x-forwarded-for'] = forwardedFor;
};

describeEachDriver('write rate limits', (driver) => {
  const { mona, hubot } = useLearners('mona', 'hubot');
  const progressRows = () => countRows('progress');

  it('refuses a learner past their limit with a clear message and when to retry, saving nothing', async () => {
    harness.user = mona;
    from('203.0.113.7');
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
    harness.user = hubot;
    // mona made 4 writes from this address; two more reach its limit of 5.
    expect((await write(0)).ok).toBe(true);
    expect(await write(1)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    from('198.51.100.9');
    expect((await write(1)).ok).toBe(true);
  });

  it('counts a forged X-Forwarded-For against the socket address, creating no counter of its own', async () => {
    // The attack: every write names a fresh address (or a huge one) to get a fresh bucket.
    from('192.0.2.44');
    const learners = Array.from({ length: 3 }, (_, n) => ({ id: randomUUID(), login: `l${n}` }));
    await testDatabase().db.insert(users).values(learners);
    const results = [];
    for (let n = 0; n < 9; n++) {
      harness.user = learners[n % 3]!;
      from('192.0.2.44', n === 0 ? 'x'.repeat(5_000) : `6.6.6.${n}`);
      results.push((await write(n)).ok);
    }
    from('192.0.2.44');
    // Five writes from the one socket address, then refusals, whatever the header said.
    expect(results).toEqual([true, true, true, true, true, false, false, false, false]);
    const keys = await selectRows(
      sql`select key, length(key) as length from rate_limits where key like 'ip:%' order by key`,
    );
    expect(keys.map((row) => row.key)).toEqual([
      'ip:192.0.2.44',
      'ip:198.51.100.9',
      'ip:203.0.113.7',
    ]);
    expect(Math.max(...keys.map((row) => Number(row.length)))).toBeLessThan(50);
  });

  it('counts IPv6 addresses by their /64 network, which one client can rotate through', async () => {
    const learners = Array.from({ length: 6 }, (_, n) => ({ id: randomUUID(), login: `v6-${n}` }));
    await testDatabase().db.insert(users).values(learners);
    const results = [];
    for (let n = 1; n <= 6; n++) {
      harness.user = learners[n - 1]!;
      from(`2001:db8:${driver.length}:1::${n.toString(16)}`);
      results.push((await write(n)).ok);
    }
    expect(results).toEqual([true, true, true, true, true, false]);
  });

  it('keeps the counters unlogged, and learners’ progress logged', async () => {
    const persistence = await selectRows(
      sql`select relname, relpersistence from pg_class where relname in ('rate_limits', 'progress') order by relname`,
    );
    expect(persistence).toEqual([
      { relname: 'progress', relpersistence: 'p' },
      { relname: 'rate_limits', relpersistence: 'u' },
    ]);
  });
});
