import { addDays, daysBetween, type Day } from '@/lib/plan/calendar';

/**
 * A cohort's schedule (pure): the roadmap's steps laid end to end from the first day at the
 * cohort's weekly hours, as the study plan lays out a learner's items (topic and project estimates,
 * in roadmap order), so each step has the weeks it is studied in. Weeks count from the first day.
 */

/** What the owner chose: the first day, and either hours a week or a last day. */
export type CohortSchedule = {
  startsOn: Day;
  minutesPerWeek: number | null;
  endsOn: Day | null;
  countsOptional: boolean;
};

/** The schedule's settings as a cohort row holds them: all empty when it has none. */
export type ScheduleColumns = {
  startsOn: Day | null;
  minutesPerWeek: number | null;
  endsOn: Day | null;
  countsOptional: boolean;
};

export type ScheduledStep = {
  stepId: string;
  /** The step's number on the roadmap (optional steps the cohort skips keep their numbers). */
  number: number;
  title: string;
  hours: number;
  /** The weeks it is studied in, counted from 0 (the week that starts on the first day). */
  firstWeek: number;
  dueWeek: number;
  /** The last day of its due week (never after the schedule's last day). */
  dueOn: Day;
};

export type ScheduleLayout = {
  hoursPerWeek: number;
  totalHours: number;
  steps: ScheduledStep[];
};

/** Where a learner stands against the schedule, from the hours of what they have done. */
export type Standing =
  | { kind: 'upcoming'; startsOn: Day }
  | { kind: 'finished' }
  | { kind: 'on-schedule' }
  | { kind: 'behind'; weeks: number };

/** Time floating point makes of sums like 0.1 + 0.2: far below any estimate. */
const EPSILON = 1e-9;

/** What the schedule reads of a roadmap (a full Roadmap is one). */
type ScheduledRoadmap = {
  steps: readonly {
    id: string;
    title: string;
    optional?: boolean;
    topics: readonly { id: string; hours: number }[];
    project?: { id: string; hours: number };
  }[];
};

/** The schedule of a cohort row, or null when the owner has not set one. */
export function scheduleOf(columns: ScheduleColumns): CohortSchedule | null {
  const { startsOn, minutesPerWeek, endsOn, countsOptional } = columns;
  if (!startsOn || (minutesPerWeek === null && endsOn === null)) return null;
  return { startsOn, minutesPerWeek, endsOn, countsOptional };
}

const hoursOfStep = (step: ScheduledRoadmap['steps'][number]) =>
  step.topics.reduce((sum, topic) => sum + topic.hours, 0) + (step.project?.hours ?? 0);

/** The weeks from `startsOn` to `endsOn`, both included, a week begun counting whole. */
const weeksBetween = (startsOn: Day, endsOn: Day) =>
  Math.max(1, Math.ceil((daysBetween(startsOn, endsOn) + 1) / 7));

/** Whether a cohort counts a step: every core step, and optional ones when it counts those. */
export const countsStep = (step: { optional?: boolean }, countsOptional: boolean) =>
  countsOptional || !step.optional;

/** Each counted step's weeks; null when the counted steps ask for no time at all. */
export function layOutSchedule(
  roadmap: ScheduledRoadmap,
  schedule: CohortSchedule,
): ScheduleLayout | null {
  const numbered = roadmap.steps.map((step, index) => ({ step, number: index + 1 }));
  const counted = numbered.filter(({ step }) => countsStep(step, schedule.countsOptional));
  const totalHours = counted.reduce((sum, { step }) => sum + hoursOfStep(step), 0);
  if (totalHours <= EPSILON) return null;
  const hoursPerWeek =
    schedule.minutesPerWeek !== null
      ? schedule.minutesPerWeek / 60
      : totalHours / weeksBetween(schedule.startsOn, schedule.endsOn!);
  const lastDay = (week: number) => {
    const day = addDays(schedule.startsOn, week * 7 + 6);
    return schedule.endsOn && day > schedule.endsOn ? schedule.endsOn : day;
  };
  let before = 0;
  const steps = counted.map(({ step, number }) => {
    const hours = hoursOfStep(step);
    const firstWeek = Math.floor(before / hoursPerWeek + EPSILON);
    before += hours;
    const dueWeek = Math.max(firstWeek, Math.ceil(before / hoursPerWeek - EPSILON) - 1);
    return {
      stepId: step.id,
      number,
      title: step.title,
      hours,
      firstWeek,
      dueWeek,
      dueOn: lastDay(dueWeek),
    };
  });
  return { hoursPerWeek, totalHours, steps };
}

/** The schedule's week `today` falls in, from 0; negative before the first day. */
export const weekIndex = (schedule: CohortSchedule, today: Day) =>
  Math.floor(daysBetween(schedule.startsOn, today) / 7);

/** The steps studied in the week `today` falls in: none before the start or after the end. */
export const stepsThisWeek = (layout: ScheduleLayout, week: number) =>
  layout.steps.filter((step) => step.firstWeek <= week && week <= step.dueWeek);

/** A week of the schedule: its number (from 0), its first day, and the steps studied in it. */
export type ScheduleWeek = { week: number; startsOn: Day; steps: ScheduledStep[] };

/**
 * The schedule's weeks that overlap the days `from` to `to` and hold a step, in order: at most
 * one per week between the two days, whatever the roadmap.
 */
export function scheduleWeeksIn(
  layout: ScheduleLayout,
  schedule: CohortSchedule,
  from: Day,
  to: Day,
): ScheduleWeek[] {
  const lastWeek = Math.max(...layout.steps.map((step) => step.dueWeek));
  const weeks: ScheduleWeek[] = [];
  const end = Math.min(weekIndex(schedule, to), lastWeek);
  for (let week = Math.max(0, weekIndex(schedule, from)); week <= end; week++) {
    const steps = stepsThisWeek(layout, week);
    if (steps.length > 0)
      weeks.push({ week, startsOn: addDays(schedule.startsOn, week * 7), steps });
  }
  return weeks;
}

/**
 * Where a learner who has done `doneHours` of the counted steps stands on `today`: on schedule
 * when they have done what the weeks before this one hold (this week's share is still theirs to
 * do), else how many weeks of the schedule's hours they are behind, a week begun counting whole.
 */
export function standingOn(
  layout: ScheduleLayout,
  schedule: CohortSchedule,
  doneHours: number,
  today: Day,
): Standing {
  if (doneHours >= layout.totalHours - EPSILON) return { kind: 'finished' };
  const week = weekIndex(schedule, today);
  if (week < 0) return { kind: 'upcoming', startsOn: schedule.startsOn };
  const due = Math.min(layout.totalHours, week * layout.hoursPerWeek);
  if (doneHours >= due - EPSILON) return { kind: 'on-schedule' };
  return { kind: 'behind', weeks: Math.ceil((due - doneHours) / layout.hoursPerWeek - EPSILON) };
}

/**
 * How the cohort judges a learner on `today`: from the hours they have done of the counted
 * steps to their standing; null when the cohort has no schedule (or its steps ask for no time).
 */
export function scheduleJudge(
  roadmap: ScheduledRoadmap,
  columns: ScheduleColumns,
  today: Day,
): ((doneHours: number) => Standing) | null {
  const schedule = scheduleOf(columns);
  const layout = schedule && layOutSchedule(roadmap, schedule);
  if (!schedule || !layout) return null;
  return (doneHours) => standingOn(layout, schedule, doneHours, today);
}

/** A standing in words, as the grid, its CSV and the member's page show it. */
export function standingLabel(standing: Standing, formatDay: (day: Day) => string): string {
  switch (standing.kind) {
    case 'upcoming':
      return `Starts ${formatDay(standing.startsOn)}`;
    case 'finished':
      return 'Finished';
    case 'on-schedule':
      return 'On schedule';
    case 'behind':
      return `${standing.weeks} ${standing.weeks === 1 ? 'week' : 'weeks'} behind`;
  }
}

/** Where the cohort is in the week `week`, in one sentence, with days written by `formatDay`. */
export function thisWeekSentence(
  layout: ScheduleLayout,
  schedule: CohortSchedule,
  week: number,
  formatDay: (day: Day) => string,
): string {
  if (week < 0) return `It starts on ${formatDay(schedule.startsOn)}.`;
  const steps = stepsThisWeek(layout, week);
  if (steps.length === 0) return 'Every step’s week has passed: the schedule is over.';
  const names = steps.map((step) => `Step ${step.number}: ${step.title}`).join(', then ');
  return `This week (week ${week + 1}): ${names}.`;
}

/** What a learner has done on a roadmap: the ids of their done topics and done step projects. */
export type DoneItems = { topics: ReadonlySet<string>; projects: ReadonlySet<string> };

/**
 * The estimated hours of what a learner has done of the steps the cohort counts: the same sum
 * the grid's query makes in the database (grid-queries.ts), for one learner whose rows a page
 * already holds.
 */
export function doneHoursOf(
  roadmap: ScheduledRoadmap,
  countsOptional: boolean,
  done: DoneItems,
): number {
  let hours = 0;
  for (const step of roadmap.steps) {
    if (!countsStep(step, countsOptional)) continue;
    for (const topic of step.topics) if (done.topics.has(topic.id)) hours += topic.hours;
    if (step.project && done.projects.has(step.project.id)) hours += step.project.hours;
  }
  return hours;
}
