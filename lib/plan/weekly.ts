import { addDays, weekStartOf, type Day } from './calendar';

/** Minutes logged on one of the learner's days (the day in their time zone when they logged). */
export type DayMinutes = { day: Day; minutes: number };

export type WeekHours = { weekStart: Day; hours: number };

/** Hours studied in each of the last `weeks` weeks (Monday first), oldest first, this week last. */
export function hoursByWeek(entries: readonly DayMinutes[], today: Day, weeks = 12): WeekHours[] {
  const thisWeek = weekStartOf(today);
  const minutesByWeek = new Map<Day, number>();
  for (const { day, minutes } of entries) {
    const week = weekStartOf(day);
    minutesByWeek.set(week, (minutesByWeek.get(week) ?? 0) + minutes);
  }
  return Array.from({ length: weeks }, (_, index) => {
    const weekStart = addDays(thisWeek, (index - weeks + 1) * 7);
    return { weekStart, hours: (minutesByWeek.get(weekStart) ?? 0) / 60 };
  });
}

/**
 * The learner's actual pace: hours a week over the finished weeks shown (this week is not over),
 * counted from the first week with any time logged, so a new learner is not averaged with weeks
 * before they started. Null when no finished week has time logged.
 */
export function averageWeeklyHours(weeks: readonly WeekHours[]): number | null {
  const finished = weeks.slice(0, -1);
  const first = finished.findIndex((week) => week.hours > 0);
  if (first === -1) return null;
  const counted = finished.slice(first);
  return counted.reduce((sum, week) => sum + week.hours, 0) / counted.length;
}
