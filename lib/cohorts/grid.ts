import type { Roadmap } from '@/lib/content';

import { countsStep, type Standing } from './schedule';

/** The owner's and mentors' members × steps grid, computed from rows the page read (pure). */

export type GridMember = { userId: string; login: string | null };

/**
 * One member's statuses on one step (by its index), as the database adds them up: topics done,
 * their hours (0 for a step the cohort does not count), those done in the last 7 days, and the
 * last change.
 */
export type MemberStepTotals = {
  userId: string;
  step: number;
  done: number;
  doneHours: number;
  doneThisWeek: number;
  lastActive: Date;
};

/** One member's step project on the cohort's roadmap, with the link to what they built. */
export type MemberProject = {
  userId: string;
  projectId: string;
  status: string;
  url: string | null;
};

/** A member's knowledge checks on the roadmap: attempts, those passed, reviews past their day. */
export type SharedChecks = { attempts: number; passed: number; reviewsOverdue: number };

/** A member's study time logged on the roadmap: in all, and in the last 7 days. */
export type SharedTime = { minutes: number; minutesThisWeek: number };

/** What a member chose to share beyond statuses; null where they do not share it. */
export type MemberShared = {
  userId: string;
  checks: SharedChecks | null;
  studyTime: SharedTime | null;
};

/**
 * Everything the grid reads of its members: their statuses, their step projects and, of those who
 * share them, their checks and study time.
 */
export type MemberProgress = {
  stepTotals: readonly MemberStepTotals[];
  projects: readonly MemberProject[];
  shared: readonly MemberShared[];
};

export type StepCompletion = { stepId: string; title: string; done: number; total: number };

export type ProjectLink = { title: string; url: string; done: boolean };

export type GridRow = GridMember & {
  steps: StepCompletion[];
  /** Their last status change on this roadmap, or null before any. */
  lastActive: Date | null;
  /** Topics they marked done in the seven days up to now. */
  doneThisWeek: number;
  /** The estimated hours of the topics and projects they have done, of the steps the cohort counts. */
  doneHours: number;
  /** Their step projects that have a link, in roadmap order. */
  projects: ProjectLink[];
  /** Where they stand against the cohort's schedule; null when it has none. */
  standing: Standing | null;
  /** Their knowledge checks, when they share them. */
  checks: SharedChecks | null;
  /** Their study time, when they share it. */
  studyTime: SharedTime | null;
};

/** How the cohort counts: whether optional steps count, and its schedule's judge, if it has one. */
export type GridCounting = {
  countsOptional: boolean;
  judge: ((doneHours: number) => Standing) | null;
};

/** A member's row before anything of theirs is counted: nothing done, nothing shared. */
export const emptyGridRow = (member: GridMember, steps: StepCompletion[]): GridRow => ({
  ...member,
  steps,
  lastActive: null,
  doneThisWeek: 0,
  doneHours: 0,
  projects: [],
  standing: null,
  checks: null,
  studyTime: null,
});

/**
 * Each member's completion per step (done topics of the step's topics; skipped ones count as not
 * done, as the cohort follows every topic), last activity, topics done this week, the hours done
 * of the steps the cohort counts with their standing against its schedule, their project links
 * and what they share beyond statuses, in the members' order. One pass over each input.
 */
export function gridRows(
  roadmap: Roadmap,
  members: readonly GridMember[],
  { stepTotals, projects, shared }: MemberProgress,
  { countsOptional, judge }: GridCounting,
): GridRow[] {
  const projectPlace = new Map(
    roadmap.steps.map((step, index) => [
      step.project.id,
      { step: index, counted: countsStep(step, countsOptional), ...step.project },
    ]),
  );
  const rows = new Map<string, GridRow>();
  for (const member of members) {
    const steps = roadmap.steps.map((step) => ({
      stepId: step.id,
      title: step.title,
      done: 0,
      total: step.topics.length,
    }));
    rows.set(member.userId, emptyGridRow(member, steps));
  }
  for (const totals of stepTotals) {
    const row = rows.get(totals.userId);
    const step = row?.steps[totals.step];
    if (!row || !step) continue;
    step.done = totals.done;
    row.doneHours += totals.doneHours;
    row.doneThisWeek += totals.doneThisWeek;
    if (!row.lastActive || totals.lastActive > row.lastActive) row.lastActive = totals.lastActive;
  }
  const stepOf = (project: MemberProject) => projectPlace.get(project.projectId)?.step ?? -1;
  // In roadmap order, so each member's links read step by step.
  for (const project of [...projects].sort((a, b) => stepOf(a) - stepOf(b))) {
    const row = rows.get(project.userId);
    const place = projectPlace.get(project.projectId);
    if (!row || !place) continue;
    const done = project.status === 'done';
    if (done && place.counted) row.doneHours += place.hours;
    if (project.url) row.projects.push({ title: place.title, url: project.url, done });
  }
  for (const { userId, checks, studyTime } of shared) {
    const row = rows.get(userId);
    if (row) Object.assign(row, { checks, studyTime });
  }
  for (const row of rows.values()) row.standing = judge?.(row.doneHours) ?? null;
  return [...rows.values()];
}

/** How many pages the grid has for `members` members, at least one (an empty cohort's). */
export const gridPageCount = (members: number, pageSize: number) =>
  Math.max(1, Math.ceil(members / pageSize));
