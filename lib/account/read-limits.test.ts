/**
 * Every per-account list a page reads is bounded in the query, not only in storage: rows beyond a
 * ceiling (stored before it existed, or between two trims of the history) are never read. And an
 * import that would take plans or logged time past their ceilings is refused whole.
 */
import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';

import { getRoadmaps } from '@/lib/content';
import { exportFile } from '@/testing/export-file';
import { describeEachDriver, signInNewLearner, testDatabase } from '@/testing/integration';
import { form } from '@/testing/requests';
import { countRows } from '@/testing/rows';
import { limitWritesAt } from '@/testing/write-limits';

limitWritesAt('2026-11-22T10:00:10Z', { perLearner: 1_000_000 });

const { getAccountExport } = await import('./queries');
const { importAccountData } = await import('./actions');
const { getProgressRows } = await import('@/lib/progress/queries');
const { getPersonalView } = await import('@/lib/progress/personal-view-query');
const { MAX_HISTORY_ENTRIES, maxTopicRowsPerLearner } = await import('@/lib/progress/limits');
const { getNotes } = await import('@/lib/notes/queries');
const { getProjectRows } = await import('@/lib/projects/queries');
const { getChecklistRows } = await import('@/lib/projects/checklist-queries');
const { maxProjectRowsPerLearner } = await import('@/lib/projects/limits');
const { MAX_PLAN_VERSIONS, MAX_TIME_LOG_ROWS } = await import('@/lib/plan/limits');

const roadmapId = getRoadmaps()[0]!.id;
const topicId = getRoadmaps()[0]!.steps[0]!.topics[0]!.id;

describeEachDriver('per-account reads', () => {
  let learner: string;
  let addresses = 0;
  beforeEach(async () => {
    learner = await signInNewLearner(`203.0.113.${100 + ++addresses}`);
  });

  /** `count` rows of `table` for the learner, straight into the table, the `n`th keyed by `n`. */
  const fill = (table: string, columns: string, values: string, count: number) =>
    testDatabase().db.execute(
      sql.raw(`insert into ${table} (user_id, ${columns})
        select '${learner}', ${values} from generate_series(1, ${count}) as n`),
    );

  it('reads at most each ceiling, whatever the tables hold', async () => {
    const topics = maxTopicRowsPerLearner() + 5;
    const projects = maxProjectRowsPerLearner() + 3;
    // Each table: its columns after user_id, each row's values, how many rows.
    const tables: [string, string, string, number][] = [
      ['progress', 'roadmap_id, topic_id, status', `'${roadmapId}', 't-' || n, 'done'`, topics],
      ['notes', 'roadmap_id, topic_id, body', `'${roadmapId}', 't-' || n, 'a note'`, topics],
      [
        'project_progress',
        'roadmap_id, project_id, status',
        `'${roadmapId}', 'p-' || n, 'done'`,
        projects,
      ],
      [
        'project_checklists',
        'roadmap_id, project_id, ticked',
        `'${roadmapId}', 'p-' || n, '{r1,a1}'`,
        projects,
      ],
      [
        'progress_events',
        'roadmap_id, topic_id, status, source, changed_at',
        `'${roadmapId}', '${topicId}', 'done', 'control', timestamptz '2026-01-01' + n * interval '1 minute'`,
        MAX_HISTORY_ENTRIES + 20,
      ],
      [
        'study_plan_versions',
        'roadmap_id, starts_on, minutes_per_week, study_days',
        `'${roadmapId}', date '2020-01-01' + n, 300, 31`,
        MAX_PLAN_VERSIONS + 5,
      ],
    ];
    for (const [table, columns, values, count] of tables) await fill(table, columns, values, count);

    expect(await getProgressRows(learner)).toHaveLength(maxTopicRowsPerLearner());
    expect(await getNotes(learner)).toHaveLength(maxTopicRowsPerLearner());
    expect(await getProjectRows(learner)).toHaveLength(maxProjectRowsPerLearner());
    expect(await getChecklistRows(learner)).toHaveLength(maxProjectRowsPerLearner());
    const view = await getPersonalView(learner);
    const { progress, notes, projects: viewProjects, checklists } = view;
    expect(progress.length + notes.length + viewProjects.length + checklists.length).toBe(
      2 * maxTopicRowsPerLearner() + 2 * maxProjectRowsPerLearner(),
    );
    const exported = (await getAccountExport(learner))!;
    expect(exported.history).toHaveLength(MAX_HISTORY_ENTRIES);
    // The newest entries, oldest first, as the history keeps them.
    expect(exported.history.at(-1)!.changedAt).toBe(
      new Date(
        Date.parse('2026-01-01T00:00:00Z') + (MAX_HISTORY_ENTRIES + 20) * 60_000,
      ).toISOString(),
    );
    expect(exported.plans?.versions).toHaveLength(MAX_PLAN_VERSIONS);
  });

  it('refuses an import that would keep logged time past its ceiling, changing nothing', async () => {
    await fill(
      'time_log',
      'roadmap_id, topic_id, day, minutes',
      `'${roadmapId}', 't-' || (n % 200), date '2001-01-01' + n / 200, 30`,
      MAX_TIME_LOG_ROWS,
    );
    const file = exportFile({
      plans: { versions: [], time: [{ roadmapId, topicId, day: '2026-11-20', minutes: 30 }] },
    });
    const result = await importAccountData(null, form({ file }));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.message).toBe(
      `With this file your account would keep ${MAX_TIME_LOG_ROWS + 1} days of logged time (per topic); it can keep ${MAX_TIME_LOG_ROWS}. Nothing was imported.`,
    );
    expect(await countRows('time_log', sql`user_id = ${learner}`)).toBe(MAX_TIME_LOG_ROWS);
  });
});
