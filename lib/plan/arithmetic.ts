import { countStudyDays, nthStudyDay, type Day, type Weekday } from './calendar';

/**
 * Anything the plan counts: a topic, and a step project where the content has them. Estimates and
 * logged time are in hours.
 */
export type PlannedItem = {
  estimate: number;
  status: 'not_started' | 'in_progress' | 'done' | 'skipped';
  logged: number;
};

/** The pace a learner chose: hours a week, spread evenly over their study days. */
export type Pace = { hoursPerWeek: number; studyDays: readonly Weekday[] };

/** Time floating point makes of sums like 0.1 + 0.2; far below the quarter hours the plan shows. */
const EPSILON = 1e-9;

/**
 * What is left of one item: nothing once done or skipped; in progress, its estimate less the time
 * logged on it, but never less than a quarter of the estimate (logged time shows effort, not how
 * much is left, so an item is never "almost free" before it is marked done).
 */
export function itemRemaining({ estimate, status, logged }: PlannedItem): number {
  if (status === 'done' || status === 'skipped') return 0;
  if (status === 'in_progress') return Math.max(estimate - logged, estimate / 4);
  return estimate;
}

export const remainingHours = (items: readonly PlannedItem[]): number =>
  items.reduce((sum, item) => sum + itemRemaining(item), 0);

const hoursPerStudyDay = ({ hoursPerWeek, studyDays }: Pace) => hoursPerWeek / studyDays.length;

/**
 * The study day on which `remaining` hours are done at `pace`, counting from `today` (included:
 * the plan does not know how much of today is already studied). Null when nothing remains.
 */
export function projectedFinish(remaining: number, pace: Pace, today: Day): Day | null {
  if (remaining <= EPSILON) return null;
  const studyDaysNeeded = Math.ceil(remaining / hoursPerStudyDay(pace) - EPSILON);
  return nthStudyDay(today, Math.max(1, studyDaysNeeded), pace.studyDays);
}

/**
 * The hours a week it takes to finish `remaining` hours by `target` (included) on the chosen
 * study days: at that pace, {@link projectedFinish} lands on the target's last study day or before.
 * Null when no study day is left before the target.
 */
export function hoursPerWeekForTarget(
  remaining: number,
  studyDays: readonly Weekday[],
  today: Day,
  target: Day,
): number | null {
  if (remaining <= EPSILON) return 0;
  const days = countStudyDays(today, target, studyDays);
  if (days === 0) return null;
  return (remaining / days) * studyDays.length;
}

/**
 * This week's share of the roadmap: the next unfinished items in roadmap order until their
 * remaining hours fill the week's hours (the item that crosses the line is included: the week ends
 * mid-topic, not before it). At least one item while any remain.
 */
export function thisWeek<T extends PlannedItem>(
  itemsInOrder: readonly T[],
  hoursPerWeek: number,
): { item: T; hours: number }[] {
  const picked: { item: T; hours: number }[] = [];
  let filled = 0;
  for (const item of itemsInOrder) {
    if (filled >= hoursPerWeek - EPSILON) break;
    const hours = itemRemaining(item);
    if (hours <= 0) continue;
    picked.push({ item, hours });
    filled += hours;
  }
  return picked;
}

/** Hours rounded to the quarter hour a learner logs in, for display. */
export const roundToQuarter = (hours: number) => Math.round(hours * 4) / 4;

/** The common paces a roadmap page quotes to every reader, in hours a week. */
export const COMMON_PACES = [5, 10, 20] as const;

/** Whole weeks `hours` take at `hoursPerWeek` (a week begun counts). */
export const weeksAtPace = (hours: number, hoursPerWeek: number) =>
  Math.ceil(hours / hoursPerWeek - EPSILON);

/** A span of weeks as a reader thinks of it: "3 weeks", "about 5 months", "about 1.5 years". */
export function formatWeeks(weeks: number): string {
  if (weeks <= 8) return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
  const months = weeks / (52 / 12);
  if (months < 18) return `about ${Math.round(months)} months`;
  return `about ${Math.round((weeks / 52) * 2) / 2} years`;
}

/**
 * The coming weeks' share of the roadmap at `hoursPerWeek`, if each week's hours are studied: the
 * unfinished items in order, laid end to end, cut into weeks of `hoursPerWeek` hours; an item that
 * spans two weeks is in both. Week 0 holds the same items as {@link thisWeek}.
 */
export function scheduleWeeks<T extends PlannedItem>(
  itemsInOrder: readonly T[],
  hoursPerWeek: number,
  weeks: number,
): T[][] {
  const schedule: T[][] = Array.from({ length: weeks }, () => []);
  let start = 0;
  for (const item of itemsInOrder) {
    const hours = itemRemaining(item);
    if (hours <= 0) continue;
    const first = Math.floor(start / hoursPerWeek + EPSILON);
    const last = Math.ceil((start + hours) / hoursPerWeek - EPSILON) - 1;
    for (let week = first; week <= Math.min(last, weeks - 1); week++) schedule[week]!.push(item);
    start += hours;
    if (first >= weeks) break;
  }
  return schedule;
}
