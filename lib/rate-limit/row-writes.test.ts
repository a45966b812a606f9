/**
 * Merges count every row they store against the write budget, as imports do: a request that
 * stores N rows costs N writes, so a script cannot store faster by sending more per request.
 */
import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';

import { getRoadmaps } from '@/lib/content';
import {
  countRows,
  describeEachDriver,
  limitWritesAt,
  selectRows,
  signInNewLearner,
} from '@/testing/integration';

limitWritesAt('2026-11-22T10:00:10Z', { perLearner: 60 });

const { mergeBrowserProgress } = await import('@/lib/progress/actions');
const { mergeBrowserProjects } = await import('@/lib/projects/actions');
const { mergeBrowserAttempts } = await import('@/lib/checks/actions');
const { firstCheckedTopicForTests } = await import('@/lib/checks/testing');
const { learnerKey } = await import('./policy');

const roadmap = getRoadmaps()[0]!;
const projects = roadmap.steps.map((step) => step.project);
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
      roadmapId: roadmap.id,
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

    const { roadmapId, topicId, check } = firstCheckedTopicForTests();
    const attempts = Array.from({ length: 4 }, () => ({
      attemptId: randomUUID(),
      roadmapId,
      topicId,
      answeredAt: updatedAt,
      correctCount: 0,
      questionCount: check.questions.length,
      answers: Object.fromEntries(check.questions.map((q) => [q.id, [q.options[0]!.id]])),
    }));
    const answers = 4 * check.questions.length;
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
