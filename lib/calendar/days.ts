/**
 * Calendar days as `YYYY-MM-DD` in the learner's own time zone: the day arithmetic that progress
 * activity, the study plan and the review schedule share. A day carries no zone: the zone chose it.
 */
export type Day = string;

/**
 * One formatter per time zone: making one costs far more than formatting with it (0.2 ms), and the
 * review schedule asks the day of every attempt. Intl accepts a zone in any letter case, so the
 * spellings seen are not a small set: past this many, the cache starts again.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const MAX_CACHED_ZONES = 1_000;

/** The calendar day of `date` in `timeZone`. */
export function dayIn(date: Date, timeZone: string): Day {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    if (dayFormats.size >= MAX_CACHED_ZONES) dayFormats.clear();
    dayFormats.set(timeZone, format);
  }
  return format.format(date);
}

export function addDays(day: Day, days: number): Day {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
