import { addDays, dayIn, type Day } from '@/lib/calendar/days';

export { addDays, dayIn, type Day };

/** ISO weekdays: 1 is Monday, 7 is Sunday. Weeks start on Monday everywhere in the plan. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const weekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export const weekdayNames: Record<Weekday, string> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};

/** The ISO weekday of a calendar day (days carry no zone: the zone chose the day already). */
export function weekdayOf(day: Day): Weekday {
  const sundayFirst = new Date(`${day}T00:00:00Z`).getUTCDay();
  return (sundayFirst === 0 ? 7 : sundayFirst) as Weekday;
}

/** The Monday that starts the week `day` belongs to. */
export const weekStartOf = (day: Day): Day => addDays(day, 1 - weekdayOf(day));

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Day, to: Day): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The learner's week of an instant: the Monday of the day it falls on in their time zone. */
export const weekOf = (instant: Date, timeZone: string): Day =>
  weekStartOf(dayIn(instant, timeZone));

/** Study days are stored as a bit mask, Monday in the lowest bit. */
export const studyDaysToMask = (days: readonly Weekday[]): number =>
  days.reduce((mask, day) => mask | (1 << (day - 1)), 0);

export const studyDaysFromMask = (mask: number): Weekday[] =>
  weekdays.filter((day) => (mask & (1 << (day - 1))) !== 0);

/** How many of the days from `from` to `to`, both included, are study days. */
export function countStudyDays(from: Day, to: Day, studyDays: readonly Weekday[]): number {
  const span = daysBetween(from, to) + 1;
  if (span <= 0 || studyDays.length === 0) return 0;
  const fullWeeks = Math.floor(span / 7);
  let count = fullWeeks * studyDays.length;
  for (let offset = fullWeeks * 7; offset < span; offset++) {
    if (studyDays.includes(weekdayOf(addDays(from, offset)))) count++;
  }
  return count;
}

/** The `n`-th study day (1 is the first) on or after `from`. */
export function nthStudyDay(from: Day, n: number, studyDays: readonly Weekday[]): Day {
  if (studyDays.length === 0 || n < 1) throw new RangeError('no study day to count');
  const wholeWeeks = Math.floor((n - 1) / studyDays.length);
  let cursor = addDays(from, wholeWeeks * 7);
  let left = n - wholeWeeks * studyDays.length;
  for (;;) {
    if (studyDays.includes(weekdayOf(cursor)) && --left === 0) return cursor;
    cursor = addDays(cursor, 1);
  }
}
