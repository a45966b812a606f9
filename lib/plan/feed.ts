import ical from 'ical-generator';

import { count, formatCalendarDate, formatHours } from '@/lib/format';

import { scheduleWeeks } from './arithmetic';
import { addDays, weekdayOf, weekStartOf, type Day } from './calendar';
import type { PlanItem } from './items';
import type { PlanSummary } from './summary';

/** How far ahead the feed lays out study blocks; calendars fetch it again every few hours. */
export const FEED_WEEKS = 12;

/** A day's review session as the feed lists it: the topics due, with their pages. */
export type FeedReview = { day: Day; minutes: number; topics: { title: string; href: string }[] };

/** A week of a cohort's schedule as the feed lists it: on its first day, with its steps. */
export type FeedCohortWeek = {
  cohortId: string;
  cohortName: string;
  /** The week's number, from 1. */
  number: number;
  day: Day;
  steps: readonly { number: number; title: string; dueOn: Day; href: string }[];
};

export type FeedPlan = {
  roadmap: { id: string; title: string };
  items: readonly PlanItem[];
  summary: PlanSummary;
};

const dateOf = (day: Day) => new Date(`${day}T00:00:00Z`);

/**
 * The learner's plans as an iCalendar feed: an all-day study block on each chosen day of the
 * coming weeks (the learner chose days, not hours of the day, so the block names the hours),
 * whose description lists that week's topics with links; an event on the projected finish date
 * and on the target date; a review session on each day knowledge checks are due; each week of
 * the schedule of a cohort they are in, on its first day, with its steps and their due days.
 * Days are the learner's: `today` was taken in their time zone, and all-day dates stay on that
 * day in every calendar. Nothing but what the learner planned or joined is in it.
 * Every UID ends with `eventKey` (lib/plan/feed-token.ts), so two learners' events never share one.
 */
export function buildCalendarFeed({
  plans,
  reviews = [],
  cohortWeeks = [],
  today,
  timeZone,
  siteUrl,
  now,
  eventKey,
}: {
  plans: readonly FeedPlan[];
  /** Knowledge-check reviews due in the feed's weeks (issue 28), each on its own day. */
  reviews?: readonly FeedReview[];
  /** The weeks of the learner's cohorts' schedules in the feed's weeks. */
  cohortWeeks?: readonly FeedCohortWeek[];
  today: Day;
  timeZone: string;
  siteUrl: URL;
  now: Date;
  eventKey: string;
}): string {
  const calendar = ical({ name: 'Waymark study plan', timezone: timeZone, ttl: 6 * 60 * 60 });
  const link = (href: string) => new URL(href, siteUrl).href;
  // Every event is all-day: the learner plans days, not hours.
  const dayEvent = (
    name: string,
    day: Day,
    text: { summary: string; description: string; url?: string },
  ) =>
    calendar.createEvent({
      id: `${name}-${eventKey}@waymark`,
      start: dateOf(day),
      allDay: true,
      stamp: now,
      ...text,
    });
  for (const { roadmap, items, summary } of plans) {
    const { hoursPerWeek, studyDays } = summary.pace;
    const perDay = formatHours(hoursPerWeek / studyDays.length);
    const weeks = scheduleWeeks(items, hoursPerWeek, FEED_WEEKS);
    weeks.forEach((weekItems, week) => {
      const monday = addDays(weekStartOf(today), week * 7);
      const description = [
        `${roadmap.title}, week of ${formatCalendarDate(monday)}: ${formatHours(hoursPerWeek)} this week.`,
        ...weekItems.map((item) => `- ${item.title}: ${link(item.href)}`),
      ].join('\n');
      for (let offset = 0; offset < 7; offset++) {
        const day = addDays(monday, offset);
        if (day < today || !studyDays.includes(weekdayOf(day))) continue;
        if (summary.finish === null || day > summary.finish) continue;
        dayEvent(`study-${roadmap.id}-${day}`, day, {
          summary: `Study: ${roadmap.title} (${perDay})`,
          description,
          url: link(`/roadmaps/${roadmap.id}`),
        });
      }
    });
    if (summary.finish) {
      dayEvent(`finish-${roadmap.id}`, summary.finish, {
        summary: `Projected finish: ${roadmap.title}`,
        description: `At ${formatHours(hoursPerWeek)} a week, the ${roadmap.title} roadmap is done on this day.`,
      });
    }
    if (summary.target) {
      dayEvent(`target-${roadmap.id}`, summary.target.date, {
        summary: `Target: ${roadmap.title}`,
        description: `The day you set to finish the ${roadmap.title} roadmap.`,
      });
    }
  }
  for (const { day, minutes, topics } of reviews)
    dayEvent(`review-${day}`, day, {
      summary: `Review: ${count(topics.length, 'topic')} (${formatHours(minutes / 60)})`,
      description: [
        'Knowledge checks due for review:',
        ...topics.map((topic) => `- ${topic.title}: ${link(topic.href)}`),
      ].join('\n'),
    });
  for (const { cohortId, cohortName, number, day, steps } of cohortWeeks)
    dayEvent(`cohort-${cohortId}-week-${number}`, day, {
      summary: `${cohortName}, week ${number}: ${steps.map((step) => `Step ${step.number}`).join(', ')}`,
      description: [
        `This week in ${cohortName}:`,
        ...steps.map(
          (step) =>
            `- Step ${step.number}: ${step.title}, due ${formatCalendarDate(step.dueOn)}: ${link(step.href)}`,
        ),
      ].join('\n'),
    });
  return calendar.toString();
}
