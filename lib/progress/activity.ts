import { addDays, type Day } from '@/lib/calendar/days';

export type DayActivity = { day: Day; changes: number; done: number };

const weekday = (day: Day) => new Date(`${day}T00:00:00Z`).getUTCDay();

/**
 * Streaks of days in a row with study (lib/progress/study-days.ts says what counts). The current
 * streak still counts when today has nothing yet but yesterday had: the day is not over.
 */
export function streaks(studied: Iterable<Day>, today: Day): { current: number; longest: number } {
  const days = new Set(studied);
  let longest = 0;
  for (const day of days) {
    if (days.has(addDays(day, -1))) continue; // not the start of a run
    let length = 1;
    while (days.has(addDays(day, length))) length++;
    longest = Math.max(longest, length);
  }
  let current = 0;
  let cursor = days.has(today) ? today : addDays(today, -1);
  while (days.has(cursor)) {
    current++;
    cursor = addDays(cursor, -1);
  }
  return { current, longest };
}

export type HeatmapCell = { day: Day; changes: number; level: 0 | 1 | 2 | 3 | 4 };

/**
 * The last `weeks` weeks as columns of seven days (Sunday first), ending with the week of `today`;
 * days after today are left out. Levels scale with the busiest day shown.
 */
export function heatmap(activity: readonly DayActivity[], today: Day, weeks = 52): HeatmapCell[][] {
  const changesByDay = new Map(activity.map((a) => [a.day, a.changes]));
  const firstDay = addDays(today, -weekday(today) - (weeks - 1) * 7);
  const busiest = Math.max(
    0,
    ...[...changesByDay.entries()].filter(([d]) => d >= firstDay && d <= today).map(([, c]) => c),
  );
  const columns: HeatmapCell[][] = [];
  for (let week = 0; week < weeks; week++) {
    const column: HeatmapCell[] = [];
    for (let dayOfWeek = 0; dayOfWeek < 7; dayOfWeek++) {
      const day = addDays(firstDay, week * 7 + dayOfWeek);
      if (day > today) break;
      const changes = changesByDay.get(day) ?? 0;
      const level =
        changes === 0 ? 0 : (Math.min(4, Math.ceil((changes / busiest) * 4)) as 1 | 2 | 3 | 4);
      column.push({ day, changes, level });
    }
    columns.push(column);
  }
  return columns;
}
