import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';

import { users } from '@/db/schema';
import { getRoadmaps } from '@/lib/content';
import { describeEachDriver, harness, testDatabase } from '@/testing/integration';
import { form } from '@/testing/requests';
import { selectRows } from '@/testing/rows';

import {
  changeTopicStatus,
  mergeBrowserProgress,
  resetRoadmapProgress,
  setTopicStatus,
} from './actions';
import { getActivityByDay } from './history';
import { getProgressRows } from './queries';

const roadmap = getRoadmaps()[0]!;
const [topicA, topicB, topicC] = roadmap.steps.flatMap((step) => step.topics);

const statusForm = (topicId: string, status: string, extra: Record<string, string> = {}) =>
  form({ roadmapId: roadmap.id, topicId, status, ...extra });

describeEachDriver('progress actions', () => {
  let learner: string;
  let other: string;

  const table = async (name: 'progress' | 'progress_events', userId = learner) =>
    selectRows(sql`select * from ${sql.identifier(name)} where user_id = ${userId} order by 1`);
  const snapshotOf = async () => ({
    progress: await selectRows(sql`select * from progress order by user_id, roadmap_id, topic_id`),
    events: await selectRows(sql`select * from progress_events order by id`),
  });

  beforeEach(async () => {
    learner = randomUUID();
    other = randomUUID();
    await testDatabase()
      .db.insert(users)
      .values([
        { id: learner, name: 'Learner' },
        { id: other, name: 'Other' },
      ]);
    harness.user = { id: learner };
  });

  it('saves a status with its history entry and remembers the time zone', async () => {
    const result = await setTopicStatus(
      null,
      statusForm(topicA!.id, 'done', { timeZone: 'Asia/Tokyo' }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { roadmapId: roadmap.id, topicId: topicA!.id, status: 'done' },
    });
    expect(await table('progress')).toMatchObject([{ topic_id: topicA!.id, status: 'done' }]);
    expect(await table('progress_events')).toMatchObject([
      { topic_id: topicA!.id, status: 'done', source: 'control' },
    ]);
    const [user] = await selectRows(sql`select time_zone from users where id = ${learner}`);
    expect(user).toEqual({ time_zone: 'Asia/Tokyo' });
  });

  it('refuses bad input with a typed error and writes nothing', async () => {
    const before = await snapshotOf();
    const cases = [
      form({ roadmapId: 'cobol', topicId: topicA!.id, status: 'done' }),
      statusForm('no-such-topic', 'done'),
      statusForm(topicA!.id, 'mastered'),
      form({ roadmapId: roadmap.id, status: 'done' }),
      form({}),
      statusForm('x'.repeat(10_000), 'done'),
    ];
    for (const input of cases) {
      const result = await setTopicStatus(null, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(result.ok || result.error.message.length).toBeTruthy();
    }
    expect(await snapshotOf()).toEqual(before);
  });

  it('refuses unauthenticated calls and writes nothing', async () => {
    harness.user = null;
    const before = await snapshotOf();
    for (const call of [
      () => setTopicStatus(null, statusForm(topicA!.id, 'done')),
      () => resetRoadmapProgress(null, form({ roadmapId: roadmap.id, confirm: 'yes' })),
      () => mergeBrowserProgress({ entries: [] }),
    ]) {
      expect(await call()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    expect(await snapshotOf()).toEqual(before);
  });

  it('takes the learner from the session, never from the form', async () => {
    await setTopicStatus(null, statusForm(topicA!.id, 'done', { userId: other }));
    expect(await table('progress', other)).toEqual([]);
    expect(await table('progress')).toHaveLength(1);
  });

  it.each(['progress_events', 'progress'])(
    'writes the status and its history together or not at all (%s fails)',
    async (failingTable) => {
      const db = testDatabase().db;
      await db.execute(
        sql`create or replace function waymark_test_fail() returns trigger language plpgsql as $$ begin raise exception 'table is down'; end $$`,
      );
      await db.execute(
        sql`create trigger waymark_test_fail before insert on ${sql.identifier(failingTable)} for each row execute function waymark_test_fail()`,
      );
      try {
        const result = await setTopicStatus(null, statusForm(topicA!.id, 'done'));
        expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
        expect(await table('progress')).toEqual([]);
        expect(await table('progress_events')).toEqual([]);
      } finally {
        await db.execute(sql`drop trigger waymark_test_fail on ${sql.identifier(failingTable)}`);
      }
    },
  );

  it('converges to the last of 50 concurrent updates of one topic, with no error', async () => {
    const statuses = ['done', 'in_progress', 'skipped', 'not_started'];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        setTopicStatus(null, statusForm(topicB!.id, statuses[i % 4]!)),
      ),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const events = await table('progress_events');
    expect(events.length).toBeGreaterThan(1); // writes that repeated the current status add none
    expect(events.length).toBeLessThanOrEqual(50);
    const [row] = await table('progress');
    expect(row?.status).toBe(events.at(-1)!.status);
    const newest = results
      .map((r) => (r.ok ? r.data.updatedAt : ''))
      .sort()
      .at(-1);
    expect(new Date(row?.updated_at as string | Date).toISOString()).toBe(newest);
  });

  it('saves from code with a typed object, by the same rules and messages as the form', async () => {
    const saved = await changeTopicStatus({
      roadmapId: roadmap.id,
      topicId: topicA!.id,
      status: 'in_progress',
      timeZone: 'Asia/Tokyo',
    });
    expect(saved).toMatchObject({
      ok: true,
      data: { roadmapId: roadmap.id, topicId: topicA!.id, status: 'in_progress' },
    });
    expect(await table('progress_events')).toMatchObject([
      { topic_id: topicA!.id, status: 'in_progress', source: 'control' },
    ]);
    const [user] = await selectRows(sql`select time_zone from users where id = ${learner}`);
    expect(user).toEqual({ time_zone: 'Asia/Tokyo' });

    const wrongTopic = { roadmapId: roadmap.id, topicId: 'no-such-topic', status: 'done' } as const;
    const fromCode = await changeTopicStatus(wrongTopic);
    expect(fromCode).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // The same refusal as the form's, which also gives the learner's text back.
    expect(await setTopicStatus(null, form(wrongTopic))).toEqual({
      ok: false,
      error: { ...(!fromCode.ok && fromCode.error), submitted: wrongTopic },
    });
    // @ts-expect-error -- code calls it with the typed object, never a FormData built from values
    expect(await changeTopicStatus(form(wrongTopic))).toMatchObject({ ok: false });
    harness.user = null;
    expect(await changeTopicStatus({ ...wrongTopic, topicId: topicB!.id })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('records no history when the status does not change', async () => {
    const first = await setTopicStatus(null, statusForm(topicA!.id, 'done'));
    const again = await setTopicStatus(null, statusForm(topicA!.id, 'done'));
    expect(again).toEqual(first);
    expect(await table('progress_events')).toHaveLength(1);
  });

  it('resets a roadmap after confirmation only, keeping the history', async () => {
    await setTopicStatus(null, statusForm(topicA!.id, 'done'));
    await setTopicStatus(null, statusForm(topicB!.id, 'in_progress'));
    expect(await resetRoadmapProgress(null, form({ roadmapId: roadmap.id }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const reset = await resetRoadmapProgress(null, form({ roadmapId: roadmap.id, confirm: 'yes' }));
    expect(reset).toMatchObject({ ok: true, data: { roadmapId: roadmap.id } });
    expect(reset.ok && reset.data.topics.map((t) => t.topicId).sort()).toEqual(
      [topicA!.id, topicB!.id].sort(),
    );
    expect((await table('progress')).map((r) => r.status)).toEqual(['not_started', 'not_started']);
    expect((await table('progress_events')).map((e) => e.source)).toEqual([
      'control',
      'control',
      'reset',
      'reset',
    ]);
  });

  it('merges browser progress by the newest change, recording each merged entry', async () => {
    await setTopicStatus(null, statusForm(topicA!.id, 'done'));
    const longAgo = '2020-01-01T00:00:00.000Z';
    const result = await mergeBrowserProgress({
      entries: [
        { roadmapId: roadmap.id, topicId: topicA!.id, status: 'skipped', updatedAt: longAgo }, // older: loses
        { roadmapId: roadmap.id, topicId: topicB!.id, status: 'in_progress', updatedAt: longAgo },
        {
          roadmapId: roadmap.id,
          topicId: topicC!.id,
          status: 'done',
          updatedAt: new Date().toISOString(),
        },
      ],
      timeZone: 'Europe/Paris',
    });
    expect(result).toEqual({ ok: true, data: { merged: 2, ignored: 0 } });
    const rows = await getProgressRows(learner, roadmap.id);
    expect(Object.fromEntries(rows.map((r) => [r.topicId, r.status]))).toEqual({
      [topicA!.id]: 'done',
      [topicB!.id]: 'in_progress',
      [topicC!.id]: 'done',
    });
    expect((await table('progress_events')).filter((e) => e.source === 'merge')).toHaveLength(2);
  });

  it('ignores entries for unknown topics, brings future clocks back to now, and refuses malformed requests', async () => {
    const valid = {
      roadmapId: roadmap.id,
      topicId: topicA!.id,
      status: 'done',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    const merged = await mergeBrowserProgress({
      entries: [
        { ...valid, topicId: 'gone' },
        { ...valid, status: 'finished' },
        'garbage',
        { ...valid, topicId: topicB!.id, updatedAt: '2999-01-01T00:00:00Z' },
        valid,
      ],
    });
    expect(merged).toEqual({ ok: true, data: { merged: 2, ignored: 3 } });
    const rows = await getProgressRows(learner, roadmap.id);
    const future = rows.find((r) => r.topicId === topicB!.id)!;
    expect(future.updatedAt.getTime()).toBeLessThanOrEqual(Date.now());

    const before = await snapshotOf();
    for (const input of [
      { entries: Array.from({ length: 501 }, () => valid) },
      { entries: 'not an array' },
      null,
    ]) {
      expect(await mergeBrowserProgress(input)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(await snapshotOf()).toEqual(before);
  });

  it('counts activity per day in the learner’s time zone', async () => {
    await testDatabase().db.execute(sql`
      insert into progress_events (user_id, roadmap_id, topic_id, status, source, changed_at) values
      (${learner}, 'backend', 'a', 'done', 'control', '2026-03-01T23:30:00Z'),
      (${learner}, 'backend', 'b', 'in_progress', 'control', '2026-03-01T10:00:00Z')`);
    expect(await getActivityByDay(learner, 'UTC')).toEqual([
      { day: '2026-03-01', changes: 2, done: 1 },
    ]);
    expect(await getActivityByDay(learner, 'Asia/Tokyo')).toEqual([
      { day: '2026-03-01', changes: 1, done: 0 },
      { day: '2026-03-02', changes: 1, done: 1 },
    ]);
  });
});
