/**
 * The bounds on what a learner can store and how fast: an import's or a merge's rows count against
 * the write budget (a request that stores N rows costs N writes, so a script cannot store faster by
 * sending more per request), a file cannot invent topics beyond the retired allowance, the history keeps a bounded
 * number of entries, and timestamps or NUL characters the database cannot take are refused as
 * invalid input rather than failing there.
 */
import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';

import { firstCheckedTopicForTests } from '@/lib/checks/testing';
import { getRoadmaps } from '@/lib/content';
import { MAX_HISTORY_ENTRIES, MAX_RETIRED_TOPICS } from '@/lib/progress/limits';
import { learnerKey } from '@/lib/rate-limit/policy';
import { exportFile } from '@/testing/export-file';
import {
  describeEachDriver,
  harness,
  signInNewLearner,
  signInNewLearnerEachTest,
  testDatabase,
} from '@/testing/integration';
import { form } from '@/testing/requests';
import { useRetiredTopics } from '@/testing/retired-topics';
import { countRows, selectRows } from '@/testing/rows';
import { limitWritesAt } from '@/testing/write-limits';

// The code under test reads the budgets once, when it loads: set them first.
limitWritesAt('2026-11-22T10:00:10Z', { perLearner: 60 });

const { importAccountData } = await import('./actions');
const { setTopicStatus, mergeBrowserProgress } = await import('@/lib/progress/actions');
const { saveProfile } = await import('@/lib/profile/actions');
const { mergeBrowserProjects } = await import('@/lib/projects/actions');
const { mergeBrowserAttempts } = await import('@/lib/checks/actions');

const [roadmap, otherRoadmap] = getRoadmaps();
const topics = [roadmap!, otherRoadmap!].flatMap((r) =>
  r.steps.flatMap((step) => step.topics.map((topic) => ({ roadmapId: r.id, topicId: topic.id }))),
);

const entry = (
  topic: { roadmapId: string; topicId: string },
  updatedAt = '2026-10-01T00:00:00Z',
) => ({
  ...topic,
  status: 'done',
  updatedAt,
});
const importing = (parts: { progress?: object[]; notes?: object[] }) =>
  importAccountData(null, form({ file: exportFile({ version: 2, ...parts }) }));
const retired = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, n) =>
    entry({ roadmapId: roadmap!.id, topicId: `${prefix}-${n}` }),
  );

const retiredIds = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, n) => `${prefix}-${n}`);

describeEachDriver('per-learner limits', () => {
  signInNewLearnerEachTest();
  useRetiredTopics(roadmap!.id, [
    ...retiredIds(MAX_RETIRED_TOPICS + 1, 'retired'),
    ...retiredIds(MAX_RETIRED_TOPICS, 'first'),
    ...retiredIds(MAX_RETIRED_TOPICS, 'second'),
  ]);

  const count = async (table: string) =>
    (
      await selectRows(
        sql`select count(*)::int as n from ${sql.identifier(table)} where user_id = ${harness.user!.id}`,
      )
    )[0]!.n as number;

  it('counts every imported row against the write budget', async () => {
    // 100 rows in one request: before, one write; now 100, past the learner's 60 a minute.
    const big = topics.slice(0, 100).map((topic) => entry(topic));
    expect(big).toHaveLength(100);
    expect(await importing({ progress: big })).toMatchObject({ ok: true, data: { merged: 100 } });
    expect(
      await setTopicStatus(
        null,
        form({ roadmapId: roadmap!.id, topicId: topics[0]!.topicId, status: 'skipped' }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(await importing({ progress: big })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
  });

  it('refuses a file naming more retired topics than the allowance, naming the entry', async () => {
    const result = await importing({ progress: retired(MAX_RETIRED_TOPICS + 1, 'retired') });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.message).toMatch(
      new RegExp(`^progress\\[${MAX_RETIRED_TOPICS}\\]\\.topicId names more retired topics`),
    );
    expect(await count('progress')).toBe(0);
  });

  it('keeps the account within the retired ceiling across several files', async () => {
    const half = MAX_RETIRED_TOPICS / 2 + 5; // two files within the budget, past the ceiling
    expect(await importing({ progress: retired(half, 'first') })).toMatchObject({ ok: true });
    const second = await importing({ progress: retired(half, 'second') });
    expect(second).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!second.ok && second.error.message).toMatch(/it can keep 100\. Nothing was imported/);
    expect(await count('progress')).toBe(half);
    expect(await count('progress_events')).toBe(half);
  });

  it('keeps the newest history entries up to the ceiling', async () => {
    await testDatabase().db.execute(sql`
      insert into progress_events (user_id, roadmap_id, topic_id, status, source, changed_at)
      select ${harness.user!.id}, ${roadmap!.id}, ${topics[0]!.topicId}, 'done', 'control',
        timestamptz '2025-01-01' + n * interval '1 minute'
      from generate_series(1, ${MAX_HISTORY_ENTRIES + 50}) as n`);
    expect(await importing({ progress: [entry(topics[1]!)] })).toMatchObject({ ok: true });
    expect(await count('progress_events')).toBe(MAX_HISTORY_ENTRIES);
    const [oldest] = await selectRows(
      sql`select min(changed_at) as at from progress_events where user_id = ${harness.user!.id}`,
    );
    expect(new Date(oldest!.at as string).toISOString()).toBe('2025-01-01T00:52:00.000Z');
  });

  it('refuses timestamps outside real dates as invalid input, not a database failure', async () => {
    for (const [when, where] of [
      ['0000-01-01T00:00:00Z', 'progress[0].updatedAt'],
      ['1999-12-31T23:59:59Z', 'progress[0].updatedAt'],
      ['2026-11-24T00:00:00Z', 'progress[0].updatedAt'],
    ] as const) {
      const result = await importing({ progress: [entry(topics[0]!, when)] });
      expect(result, when).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(!result.ok && result.error.message).toBe(
        `${where} is not a date between 2000-01-01 and today`,
      );
    }
    const notes = await importing({
      notes: [{ ...topics[0], body: 'old', updatedAt: '0000-06-01T00:00:00Z' }],
    });
    expect(!notes.ok && notes.error.message).toMatch(/^notes\[0\]\.updatedAt is not a date/);
    // Browser progress: a year-0000 entry is left out and counted, the rest merges.
    expect(
      await mergeBrowserProgress({
        entries: [entry(topics[0]!, '0000-01-01T00:00:00Z'), entry(topics[1]!)],
      }),
    ).toEqual({ ok: true, data: { merged: 1, ignored: 1 } });
    expect(await count('progress')).toBe(1);
  });

  it('refuses NUL characters in imports, progress and profile input by validation', async () => {
    const withNul = await importing({
      notes: [{ ...topics[0], body: 'a\u0000b', updatedAt: '2026-10-01T00:00:00Z' }],
    });
    expect(withNul).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'notes[0].body contains a NUL character' },
    });
    expect(
      await setTopicStatus(
        null,
        form({ roadmapId: roadmap!.id, topicId: `${topics[0]!.topicId}\u0000`, status: 'done' }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      await mergeBrowserProgress({ entries: [entry({ ...topics[0]!, topicId: '\u0000' })] }),
    ).toEqual({ ok: true, data: { merged: 0, ignored: 1 } });
    expect(await saveProfile(null, form({ displayName: 'Mona\u0000' }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await count('progress')).toBe(0);
    expect(await count('notes')).toBe(0);
  });
});

const projects = roadmap!.steps.map((step) => step.project);
const updatedAt = '2026-11-01T00:00:00Z';
const topicEntries = getRoadmaps().flatMap((r) =>
  r.steps.flatMap((step) =>
    step.topics.map((topic) => ({ roadmapId: r.id, topicId: topic.id, status: 'done', updatedAt })),
  ),
);
const progressEntries = (count: number) => topicEntries.slice(0, count);

describeEachDriver('the write budget, row by row', () => {
  let learner: string;
  let addresses = 0;
  beforeEach(async () => {
    learner = await signInNewLearner(`198.18.0.${++addresses}`);
  });

  const writesCounted = async () =>
    (
      await selectRows(
        sql`select coalesce(sum(count), 0)::int as n from rate_limits where key = ${learnerKey(learner)}`,
      )
    )[0]!.n as number;

  it('counts N merged topics, projects and answers as N writes', async () => {
    expect(await mergeBrowserProgress({ entries: progressEntries(7) })).toMatchObject({
      ok: true,
      data: { merged: 7 },
    });
    expect(await writesCounted()).toBe(7);

    const entries = projects.slice(0, 3).map((project) => ({
      roadmapId: roadmap!.id,
      projectId: project.id,
      status: 'in_progress',
      url: null,
      updatedAt,
    }));
    expect(await mergeBrowserProjects({ entries })).toMatchObject({
      ok: true,
      data: { merged: 3 },
    });
    expect(await writesCounted()).toBe(7 + 3);

    const { roadmapId, topicId, asked } = firstCheckedTopicForTests();
    const attempts = Array.from({ length: 4 }, () => ({
      attemptId: randomUUID(),
      roadmapId,
      topicId,
      answeredAt: updatedAt,
      correctCount: 0,
      questionCount: asked.length,
      answers: Object.fromEntries(asked.map((q) => [q.id, [q.options[0]!.id]])),
    }));
    const answers = 4 * asked.length;
    expect(await mergeBrowserAttempts({ attempts })).toMatchObject({
      ok: true,
      data: { merged: answers },
    });
    expect(await writesCounted()).toBe(7 + 3 + answers);
  });

  it('refuses the next merge once a merge spent the budget, storing nothing of it', async () => {
    expect(topicEntries.length).toBeGreaterThan(61);
    // Allowed as one request, it stores 61 topics: the minute's 60 writes are spent.
    expect(await mergeBrowserProgress({ entries: progressEntries(61) })).toMatchObject({
      ok: true,
    });
    const refused = await mergeBrowserProgress({ entries: [topicEntries[61]!] });
    // The browser keeps what a refused merge sent (learnerStore keeps it unless the result is ok).
    expect(refused).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(await countRows('progress', sql`user_id = ${learner}`)).toBe(61);
  });
});
