import 'server-only';

import { and, eq, inArray } from 'drizzle-orm';

import { getDb } from '@/db';
import { cohortMembers, progress, users } from '@/db/schema';
import { getRoadmap, type Roadmap } from '@/lib/content';
import type { Day } from '@/lib/plan/calendar';
import type { TopicStatus } from '@/lib/progress/status';

import type { CohortAccess } from './access';
import { sharingMemberColumns } from './columns';
import type { GridRow, MemberProject } from './grid';
import { rowsWithProgressOf } from './grid-queries';

export type MemberRoadmap = {
  roadmap: Roadmap;
  /** Their row of the grid: standing, activity and what they share. */
  row: GridRow;
  /** Their status on each current topic of the roadmap that has one. */
  statuses: ReadonlyMap<string, TopicStatus>;
  /** Their step projects, by project id. */
  projects: ReadonlyMap<string, MemberProject>;
};

/**
 * One member of the cohort as its owner and mentors see them: their grid row, their status on
 * each topic and their step projects, no more than joining and their choices share. Null when
 * `memberId` is not a member of it (the owner and mentors are not learners in it), as for no such
 * learner. Five statements at most (the member, then their statuses per step, projects, what
 * they share and their status per topic side by side), bounded by the roadmap's topics.
 */
export async function memberRoadmap(
  cohort: CohortAccess,
  memberId: string,
  today: Day,
): Promise<MemberRoadmap | null> {
  const roadmap = getRoadmap(cohort.roadmapId);
  if (!roadmap) return null;
  const db = await getDb();
  const [member] = await db
    .select(sharingMemberColumns)
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(
      and(
        eq(cohortMembers.cohortId, cohort.id),
        eq(cohortMembers.userId, memberId),
        eq(cohortMembers.role, 'member'),
      ),
    )
    .limit(1);
  if (!member) return null;
  const topicIds = roadmap.steps.flatMap((step) => step.topics.map((topic) => topic.id));
  const [{ rows, memberProgress }, statuses] = await Promise.all([
    rowsWithProgressOf(roadmap, [member], cohort, today),
    db
      .select({ topicId: progress.topicId, status: progress.status })
      .from(progress)
      .where(
        and(
          eq(progress.userId, memberId),
          eq(progress.roadmapId, roadmap.id),
          inArray(progress.topicId, topicIds),
        ),
      )
      .limit(topicIds.length),
  ]);
  return {
    roadmap,
    row: rows[0]!,
    statuses: new Map(statuses.map(({ topicId, status }) => [topicId, status])),
    projects: new Map(memberProgress.projects.map((project) => [project.projectId, project])),
  };
}
