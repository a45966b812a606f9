import type { ResourceType } from '@/lib/content/schema';

/** "1 topic", "3 topics". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Study time as a reader thinks of it: "30 min", "1.5 h", "about 120 h". */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 20) return `${Number(hours.toFixed(1))} h`;
  return `about ${Math.round(hours)} h`;
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

const calendarDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A YYYY-MM-DD date as a reader writes it: "1 December 2026", the same in every time zone. */
export const formatCalendarDate = (isoDate: string) =>
  calendarDate.format(new Date(`${isoDate}T00:00:00Z`));
