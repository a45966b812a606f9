import 'server-only';

import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

import { getDb, type Database } from '@/db';
import { learnerRows } from '@/db/learner-rows';
import { notes, progress, projectChecklists, projectProgress } from '@/db/schema';
import type { ChecklistRow } from '@/lib/projects/checklist-queries';
import { maxProjectRowsPerLearner } from '@/lib/projects/limits';
import type { ProjectRow } from '@/lib/projects/queries';

import { maxTopicRowsPerLearner } from './limits';
import type { ProgressRow, TopicStatus } from './status';

export type PersonalView = {
  progress: ProgressRow[];
  /** Topics the learner keeps a note on; `body` only for the topic asked for. */
  notes: { roadmapId: string; topicId: string; updatedAt: Date; body: string | null }[];
  /** The learner's step projects on the same roadmaps. */
  projects: ProjectRow[];
  /** The items the learner ticked on those projects' checklists. */
  checklists: ChecklistRow[];
};

/**
 * Everything personal a roadmap or topic page shows — progress, which topics have a note, and the
 * note of the topic being read — in one statement, so a signed-in page view costs one session
 * lookup and this.
 */
export async function getPersonalView(
  userId: string,
  roadmapId?: string,
  noteTopicId?: string,
): Promise<PersonalView> {
  const rows = await personalViewQuery(await getDb(), userId, roadmapId, noteTopicId);
  const view: PersonalView = { progress: [], notes: [], projects: [], checklists: [] };
  for (const { kind, body, status, ...key } of rows) {
    const { topicId: projectId, ...rest } = key;
    if (kind === 'note') view.notes.push({ ...key, body });
    else if (kind === 'project') {
      view.projects.push({ ...rest, projectId, status: status as ProjectRow['status'], url: body });
    } else if (kind === 'checklist') {
      view.checklists.push({ ...rest, projectId, ticked: body ? body.split(' ') : [] });
    } else view.progress.push({ ...key, status });
  }
  return view;
}

/** The query behind {@link getPersonalView}, unexecuted, so the benchmark can EXPLAIN it. */
export function personalViewQuery(
  db: Database,
  userId: string,
  roadmapId?: string,
  noteTopicId?: string,
) {
  // Every kind rides in the same columns: a project's or a checklist's id as topic_id; a note's
  // text, a project's link or a checklist's ticked ids (`r1 a2`, never holding a space) as body.
  const rowsOf = (
    kind: 'progress' | 'note' | 'project' | 'checklist',
    table: typeof progress | typeof notes | typeof projectProgress | typeof projectChecklists,
    { itemId, status, body }: { itemId: PgColumn; status: SQL; body: SQL },
  ) =>
    db
      .select({
        kind: sql<typeof kind>`${sql.raw(`'${kind}'`)}`.as('kind'),
        roadmapId: table.roadmapId,
        topicId: sql<string>`${itemId}`.as('topic_id'),
        status: sql<TopicStatus>`${status}`.as('status'),
        updatedAt: table.updatedAt,
        body: sql<string | null>`${body}`.as('body'),
      })
      .from(table)
      .where(learnerRows(table, userId, roadmapId));
  const none = sql`null`;
  const progressRows = rowsOf('progress', progress, {
    itemId: progress.topicId,
    status: sql`${progress.status}`,
    body: none,
  });
  const noteRows = rowsOf('note', notes, {
    itemId: notes.topicId,
    status: none,
    body: noteTopicId
      ? sql`case when ${notes.topicId} = ${noteTopicId} then ${notes.body} end`
      : none,
  });
  const projectRows = rowsOf('project', projectProgress, {
    itemId: projectProgress.projectId,
    status: sql`${projectProgress.status}`,
    body: sql`${projectProgress.url}`,
  });
  const checklistRows = rowsOf('checklist', projectChecklists, {
    itemId: projectChecklists.projectId,
    status: none,
    body: sql`array_to_string(${projectChecklists.ticked}, ' ')`,
  });
  return progressRows
    .unionAll(noteRows)
    .unionAll(projectRows)
    .unionAll(checklistRows)
    .limit(2 * maxTopicRowsPerLearner() + 2 * maxProjectRowsPerLearner());
}
