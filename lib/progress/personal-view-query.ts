import 'server-only';

import { sql } from 'drizzle-orm';

import { getDb, type Database } from '@/db';
import { learnerRows } from '@/db/learner-rows';
import { notes, progress, projectProgress } from '@/db/schema';
import { maxProjectRowsPerLearner } from '@/lib/projects/limits';
import type { ProjectRow } from '@/lib/projects/queries';

import { maxTopicRowsPerLearner } from './limits';
import { progressRowColumns } from './queries';
import type { ProgressRow, TopicStatus } from './status';

export type PersonalView = {
  progress: ProgressRow[];
  /** Topics the learner keeps a note on; `body` only for the topic asked for. */
  notes: { roadmapId: string; topicId: string; updatedAt: Date; body: string | null }[];
  /** The learner's step projects on the same roadmaps. */
  projects: ProjectRow[];
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
  const view: PersonalView = { progress: [], notes: [], projects: [] };
  for (const { kind, body, status, ...key } of rows) {
    if (kind === 'note') view.notes.push({ ...key, body });
    else if (kind === 'project') {
      const { topicId: projectId, ...rest } = key;
      view.projects.push({ ...rest, projectId, status: status as ProjectRow['status'], url: body });
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
  type Kind = 'progress' | 'note' | 'project';
  const progressRows = db
    .select({
      kind: sql<Kind>`'progress'`.as('kind'),
      ...progressRowColumns,
      body: sql<string | null>`null`.as('body'),
    })
    .from(progress)
    .where(learnerRows(progress, userId, roadmapId));
  const noteRows = db
    .select({
      kind: sql<Kind>`'note'`,
      roadmapId: notes.roadmapId,
      topicId: notes.topicId,
      status: sql<TopicStatus>`null`,
      updatedAt: notes.updatedAt,
      body: noteTopicId
        ? sql<string | null>`case when ${notes.topicId} = ${noteTopicId} then ${notes.body} end`
        : sql<string | null>`null`,
    })
    .from(notes)
    .where(learnerRows(notes, userId, roadmapId));
  // A project rides in the same columns: its id as topic_id, its link as body.
  const projectRows = db
    .select({
      kind: sql<Kind>`'project'`,
      roadmapId: projectProgress.roadmapId,
      topicId: projectProgress.projectId,
      status: sql<TopicStatus>`${projectProgress.status}`,
      updatedAt: projectProgress.updatedAt,
      body: projectProgress.url,
    })
    .from(projectProgress)
    .where(learnerRows(projectProgress, userId, roadmapId));
  return progressRows
    .unionAll(noteRows)
    .unionAll(projectRows)
    .limit(2 * maxTopicRowsPerLearner() + maxProjectRowsPerLearner());
}
