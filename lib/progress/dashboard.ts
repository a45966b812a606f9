import { dayIn } from '@/lib/calendar/days';
import type { Roadmap } from '@/lib/content';

import { heatmap, streaks, type DayActivity } from './activity';
import type { ProgressRow, TopicStatus } from './status';
import { studyDays, type StudyFacts } from './study-days';
import { nextUp, roadmapTopics, tally, type Tally } from './summary';

export type StartedRoadmap = {
  roadmap: Roadmap;
  tally: Tally;
  next?: { id: string; title: string };
  lastActivity: Date;
};

export type RetiredTopic = {
  roadmapId: string;
  topicId: string;
  status: TopicStatus;
  updatedAt: Date;
};

/**
 * Everything the dashboard shows, from the learner's progress rows, daily activity and the rest of
 * their study (time logged, checks passed: the streak counts them). Rows whose topic is no longer
 * in the content are kept apart as "retired": excluded from percentages, listed.
 */
export function buildDashboard(
  roadmaps: readonly Roadmap[],
  rows: readonly ProgressRow[],
  activity: readonly DayActivity[],
  study: StudyFacts,
  now: Date,
  timeZone: string,
) {
  const known = new Map(roadmaps.map((r) => [r.id, new Set(roadmapTopics(r).map((t) => t.id))]));
  const retired = rows.filter((row) => !known.get(row.roadmapId)?.has(row.topicId));
  const started = roadmaps.flatMap((roadmap): StartedRoadmap[] => {
    const own = rows.filter(
      (row) => row.roadmapId === roadmap.id && known.get(roadmap.id)!.has(row.topicId),
    );
    if (own.length === 0) return [];
    const statuses = Object.fromEntries(own.map((row) => [row.topicId, row.status]));
    const next = nextUp(roadmap, statuses)?.topic;
    return [
      {
        roadmap,
        tally: tally(roadmapTopics(roadmap), statuses),
        next: next && { id: next.id, title: next.title },
        lastActivity: new Date(Math.max(...own.map((row) => row.updatedAt.getTime()))),
      },
    ];
  });
  const today = dayIn(now, timeZone);
  const grid = heatmap(activity, today);
  const studied = studyDays(activity, study, timeZone);
  return {
    started,
    retired,
    heatmap: grid,
    streaks: streaks(studied, today),
    /** Whether today already counts for the streak. */
    studiedToday: studied.has(today),
    changesInHeatmap: grid.flat().reduce((sum, cell) => sum + cell.changes, 0),
  };
}
