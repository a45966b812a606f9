import type { ResourceType } from '@/lib/content/schema';

/** "1 topic", "3 topics". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * A duration as a reader thinks of it: "30 min", "1 h", "1 h 15 min" (never "1.3 h"), and
 * "about 120 h" from 20 hours on, where minutes no longer matter.
 */
export function formatHours(hours: number): string {
  if (hours >= 20) return `about ${Math.round(hours)} h`;
  const minutes = Math.round(hours * 60);
  const whole = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (whole === 0) return `${rest} min`;
  return rest === 0 ? `${whole} h` : `${whole} h ${rest} min`;
}

/** How a step is introduced: by the source article's number, or as an orientation step. */
export function stepLabel(step: { number?: string }): string {
  return step.number ? `Step ${step.number}` : 'Orientation';
}

export const resourceTypeLabels: Record<ResourceType, { one: string; many: string }> = {
  docs: { one: 'Documentation', many: 'Documentation' },
  course: { one: 'Course', many: 'Courses' },
  book: { one: 'Book', many: 'Books' },
  video: { one: 'Video', many: 'Videos' },
  article: { one: 'Article', many: 'Articles' },
};

/** A count with thousands separators: 10,000. */
export const formatNumber = (n: number) => n.toLocaleString('en');

/**
 * Dates have one format per kind, everywhere: a day is "7 Dec 2026", a moment "7 Dec 2026, 15:34"
 * (day first, a 24-hour clock: the British English the site is written in), in the learner's time
 * zone — the saved one on the server, the browser's in the browser (`timeZone` left out).
 */
const LOCALE = 'en-GB';
const dayParts = { day: 'numeric', month: 'short', year: 'numeric' } as const;
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(kind: 'day' | 'moment', timeZone: string | undefined) {
  const key = `${kind} ${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    const clock =
      kind === 'moment' ? ({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const) : {};
    format = new Intl.DateTimeFormat(LOCALE, { ...dayParts, ...clock, timeZone });
    formats.set(key, format);
  }
  return format;
}

const asDate = (moment: Date | string) => (typeof moment === 'string' ? new Date(moment) : moment);

/** A calendar day (YYYY-MM-DD) as a reader writes it: "7 Dec 2026", the same in every zone. */
export const formatCalendarDate = (isoDate: string) =>
  dateFormat('day', 'UTC').format(new Date(`${isoDate}T00:00:00Z`));

/** The day a moment falls on in the learner's zone: "7 Dec 2026". */
export const formatDayOf = (moment: Date | string, timeZone?: string) =>
  dateFormat('day', timeZone).format(asDate(moment));

/** A moment in the learner's zone: "7 Dec 2026, 15:34". */
export const formatMoment = (moment: Date | string, timeZone?: string) =>
  dateFormat('moment', timeZone).format(asDate(moment));

/** {@link formatMoment} as an object with `format`, for code that is handed a formatter. */
export const momentFormat = (timeZone?: string) => ({
  format: (moment: Date | string) => formatMoment(moment, timeZone),
});
