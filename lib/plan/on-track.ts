import type { PlannedItem } from './arithmetic';
import { addDays, daysBetween, weekdayOf, type Day, type Weekday } from './calendar';

/** One saved pace, in force from the learner's day `startsOn` until the next version's. */
export type PlanVersion = { startsOn: Day; hoursPerWeek: number; studyDays: readonly Weekday[] };

/**
 * The hours the plan called for before `today`: each study day from the plan's first day up to
 * yesterday adds the weekly hours in force that day divided by its study days. Today is not
 * counted until it is over, so a plan made this morning starts on track.
 */
export function plannedHoursBefore(versions: readonly PlanVersion[], today: Day): number {
  const ordered = [...versions].sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1));
  let total = 0;
  ordered.forEach((version, index) => {
    const next = ordered[index + 1];
    const end = next && next.startsOn < today ? next.startsOn : today;
    const days = daysBetween(version.startsOn, end);
    if (days <= 0 || version.studyDays.length === 0) return;
    const perDay = version.hoursPerWeek / version.studyDays.length;
    for (let offset = 0; offset < days; offset++) {
      if (version.studyDays.includes(weekdayOf(addDays(version.startsOn, offset)))) total += perDay;
    }
  });
  return total;
}

/** What a learner did on an item since the plan started (the adapter fills the two facts in). */
export type ItemSincePlan = PlannedItem & {
  /** Whether the item's current status was set after the plan started. */
  changedSincePlan: boolean;
  /** Hours logged on it since the plan started. */
  loggedSincePlan: number;
};

/**
 * The estimated hours of what was completed since the plan started: a done item counts its whole
 * estimate if it was marked done after the plan started; an item in progress counts the time
 * logged on it since then, up to three quarters of its estimate (the rest counts when it is done,
 * matching the quarter the remaining hours always keep). Skipped items count nothing: skipping
 * shortens the road, it is not study.
 */
export function completedHoursSince(items: readonly ItemSincePlan[]): number {
  return items.reduce((sum, item) => {
    if (item.status === 'done') return sum + (item.changedSincePlan ? item.estimate : 0);
    if (item.status === 'in_progress')
      return sum + Math.min(item.loggedSincePlan, (item.estimate * 3) / 4);
    return sum;
  }, 0);
}

export type TrackVerdict =
  | { verdict: 'on-track'; planned: number; completed: number }
  | { verdict: 'behind' | 'ahead'; hours: number; planned: number; completed: number };

/** Within half an hour either way is on track: less than the smallest quick log button twice. */
const ON_TRACK_MARGIN = 0.5;

export function judgeTrack(planned: number, completed: number): TrackVerdict {
  const difference = completed - planned;
  if (Math.abs(difference) < ON_TRACK_MARGIN) return { verdict: 'on-track', planned, completed };
  return {
    verdict: difference < 0 ? 'behind' : 'ahead',
    hours: Math.round(Math.abs(difference) * 4) / 4,
    planned,
    completed,
  };
}
