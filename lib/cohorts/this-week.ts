import { getRoadmap } from '@/lib/content';
import type { Day } from '@/lib/plan/calendar';
import type { ProgressRow } from '@/lib/progress/status';

import {
  doneHoursOf,
  layOutSchedule,
  scheduleOf,
  standingLabel,
  standingOn,
  thisWeekSentence,
  weekIndex,
  type DoneItems,
  type Standing,
} from './schedule';
import type { MyCohort } from './views';

/** A scheduled cohort's week as its learner sees it: where the cohort is, and where they stand. */
export type CohortWeek = { sentence: string; standing: Standing | null };

type DoneRow = { roadmapId: string; status: string };

/** The learner's done topics and projects per roadmap, from rows a page already holds. */
function doneByRoadmap(
  topics: readonly (DoneRow & { topicId: string })[],
  projects: readonly (DoneRow & { projectId: string })[],
) {
  const done = new Map<string, { topics: Set<string>; projects: Set<string> }>();
  const of = (roadmapId: string) => {
    let items = done.get(roadmapId);
    if (!items) done.set(roadmapId, (items = { topics: new Set(), projects: new Set() }));
    return items;
  };
  for (const row of topics) if (row.status === 'done') of(row.roadmapId).topics.add(row.topicId);
  for (const row of projects)
    if (row.status === 'done') of(row.roadmapId).projects.add(row.projectId);
  return done;
}

const nothingDone: DoneItems = { topics: new Set(), projects: new Set() };

/**
 * This week of each of the learner's scheduled cohorts, by cohort id, on `today`: the sentence the
 * cohort's page shows and, in a cohort they learn in, their standing. No read of its own: the
 * dashboard passes the rows it holds. Linear in the rows and the cohorts.
 */
export function cohortWeeks(
  cohorts: readonly MyCohort[],
  rows: readonly ProgressRow[],
  projectRows: readonly (DoneRow & { projectId: string })[],
  today: Day,
  formatDay: (day: Day) => string,
): Map<string, CohortWeek> {
  const done = doneByRoadmap(rows, projectRows);
  const weeks = new Map<string, CohortWeek>();
  for (const cohort of cohorts) {
    const roadmap = getRoadmap(cohort.roadmapId);
    const schedule = scheduleOf(cohort);
    const layout = roadmap && schedule && layOutSchedule(roadmap, schedule);
    if (!roadmap || !schedule || !layout || cohort.archivedAt) continue;
    const hours = doneHoursOf(roadmap, cohort.countsOptional, done.get(roadmap.id) ?? nothingDone);
    weeks.set(cohort.id, {
      sentence: thisWeekSentence(layout, schedule, weekIndex(schedule, today), formatDay),
      standing: cohort.role === 'member' ? standingOn(layout, schedule, hours, today) : null,
    });
  }
  return weeks;
}

/** A cohort's week in one line: "This week (week 4): Step 3: …. You: 2 weeks behind." */
export function weekLine(week: CohortWeek, formatDay: (day: Day) => string): string {
  if (!week.standing) return week.sentence;
  return `${week.sentence} You: ${standingLabel(week.standing, formatDay).toLowerCase()}.`;
}

/**
 * Per roadmap, the lines of the learner's scheduled cohorts on it ("Evening group: This week …"),
 * for the study plan's "This week"; in the cohorts' order.
 */
export function cohortLinesByRoadmap(
  cohorts: readonly MyCohort[],
  weeks: ReadonlyMap<string, CohortWeek>,
  formatDay: (day: Day) => string,
): Record<string, string[]> {
  const lines: Record<string, string[]> = {};
  for (const cohort of cohorts) {
    const week = weeks.get(cohort.id);
    if (week) (lines[cohort.roadmapId] ??= []).push(`${cohort.name}: ${weekLine(week, formatDay)}`);
  }
  return lines;
}
