/**
 * A visitor's pace, kept in this browser (its own localStorage key, beside the progress one) until
 * they sign in, when it merges into the account by the progress rule: the most recent wins. Checked
 * by hand, not with zod: this module ships to every browser; the server checks everything again.
 */
import { addDays, weekdays, type Day, type Weekday } from './calendar';
import { MAX_MINUTES_PER_WEEK, MAX_TARGET_YEARS, MIN_MINUTES_PER_WEEK } from './limits';
import type { PlanState } from './state';

export const LOCAL_PLAN_KEY = 'waymark-plan';

export type BrowserPace = {
  /** The visitor's day it was set: the plan's first day. */
  startsOn: Day;
  hoursPerWeek: number;
  studyDays: Weekday[];
  targetDate: Day | null;
  updatedAt: string;
};
export type BrowserPlans = Record<string, BrowserPace>;

const isDay = (value: unknown): value is Day =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(value));

function isPace(value: unknown): value is BrowserPace {
  if (typeof value !== 'object' || value === null) return false;
  const pace = value as Record<string, unknown>;
  return (
    isDay(pace.startsOn) &&
    typeof pace.hoursPerWeek === 'number' &&
    pace.hoursPerWeek * 60 >= MIN_MINUTES_PER_WEEK &&
    pace.hoursPerWeek * 60 <= MAX_MINUTES_PER_WEEK &&
    Array.isArray(pace.studyDays) &&
    pace.studyDays.length > 0 &&
    pace.studyDays.every((day) => weekdays.includes(day as Weekday)) &&
    (pace.targetDate === null || isDay(pace.targetDate)) &&
    typeof pace.updatedAt === 'string' &&
    !Number.isNaN(Date.parse(pace.updatedAt))
  );
}

/** The browser's saved paces; anything unreadable (tampering, an old shape) counts as none. */
export function parseBrowserPlans(text: string | null): BrowserPlans {
  if (!text) return {};
  try {
    const stored: unknown = JSON.parse(text);
    if (typeof stored !== 'object' || stored === null) return {};
    const { version, plans } = stored as { version?: unknown; plans?: unknown };
    if (version !== 1 || typeof plans !== 'object' || plans === null) return {};
    return Object.fromEntries(Object.entries(plans).filter(([, pace]) => isPace(pace)));
  } catch {
    return {};
  }
}

export const serializeBrowserPlans = (plans: BrowserPlans) => JSON.stringify({ version: 1, plans });

export type PaceProblem = { field: 'hoursPerWeek' | 'studyDays' | 'targetDate'; message: string };

/**
 * The pace form's fields as a browser pace, or the first problem: the same rules and words as
 * the server action (lib/plan/input.ts, lib/plan/actions.ts).
 */
export function readBrowserPace(
  fields: { hoursPerWeek: string; studyDays: Weekday[]; targetDate: string },
  today: Day,
  now: Date,
): BrowserPace | PaceProblem {
  const hours = Number(fields.hoursPerWeek.trim().replace(',', '.'));
  if (
    fields.hoursPerWeek.trim() === '' ||
    !Number.isFinite(hours) ||
    hours * 60 < MIN_MINUTES_PER_WEEK ||
    hours * 60 > MAX_MINUTES_PER_WEEK
  ) {
    return { field: 'hoursPerWeek', message: 'Hours per week must be a number from 0.5 to 60.' };
  }
  if (fields.studyDays.length === 0) {
    return { field: 'studyDays', message: 'Study days: choose at least one day of the week.' };
  }
  const target = fields.targetDate.trim() || null;
  if (target !== null && !isDay(target)) {
    return {
      field: 'targetDate',
      message: 'Target date must be a date (YYYY-MM-DD) or left empty.',
    };
  }
  if (target !== null && target < today) {
    return { field: 'targetDate', message: 'Target date cannot be in the past.' };
  }
  if (target !== null && target > addDays(today, 365 * MAX_TARGET_YEARS)) {
    return {
      field: 'targetDate',
      message: `Target date must be at most ${MAX_TARGET_YEARS} years ahead.`,
    };
  }
  return {
    startsOn: today,
    hoursPerWeek: hours,
    studyDays: fields.studyDays,
    targetDate: target,
    updatedAt: now.toISOString(),
  };
}

/** A browser pace as the plan state the summary reads: a plan that began when it was set. */
export function browserPlanState(roadmapId: string, pace: BrowserPace, today: Day): PlanState {
  return {
    roadmapId,
    today,
    versions: [
      { startsOn: pace.startsOn, hoursPerWeek: pace.hoursPerWeek, studyDays: pace.studyDays },
    ],
    targetDate: pace.targetDate,
    startedAt: pace.updatedAt,
    logged: {},
  };
}

/**
 * Which browser paces win at sign-in: those set after the account's latest plan version of the
 * same roadmap (or where the account has none). On a tie the account keeps its own.
 */
export function pacesToMerge<T extends { roadmapId: string; updatedAt: Date }>(
  browser: readonly T[],
  accountLatest: ReadonlyMap<string, Date>,
): T[] {
  return browser.filter((pace) => {
    const latest = accountLatest.get(pace.roadmapId);
    return latest === undefined || pace.updatedAt > latest;
  });
}
