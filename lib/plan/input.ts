import { z } from 'zod';

import { getRoadmap, knownTopic } from '@/lib/content';
import { browserTimeZone, contentId, dateTimeSince2000 } from '@/lib/validation';

import { weekdays, type Day, type Weekday } from './calendar';
import {
  MAX_MINUTES_AT_ONCE,
  MAX_MINUTES_PER_WEEK,
  MAX_TARGET_YEARS,
  MIN_MINUTES_PER_WEEK,
} from './limits';

/** A number as a form sends it (text) or code does; blank and garbage are not numbers. */
const numberFrom = (message: string) =>
  z.union([z.number(), z.string()], { error: message }).transform((value, context) => {
    const number = typeof value === 'number' ? value : Number(value.trim().replace(',', '.'));
    if (typeof value === 'string' && value.trim() === '') {
      context.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    if (!Number.isFinite(number)) {
      context.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return number;
  });

const hoursMessage = `Hours per week must be a number from ${MIN_MINUTES_PER_WEEK / 60} to ${MAX_MINUTES_PER_WEEK / 60}.`;

/** A weekly pace in hours, within the bounds of a study plan's (and a cohort schedule's). */
export const hoursPerWeek = numberFrom(hoursMessage).refine(
  (hours) => hours * 60 >= MIN_MINUTES_PER_WEEK && hours * 60 <= MAX_MINUTES_PER_WEEK,
  hoursMessage,
);

/** A checkbox: ticked when sent as "on" (a form) or true (code); anything else is unticked. */
const tick = z
  .unknown()
  .optional()
  .transform((value) => value === 'on' || value === true);

/** A calendar day (YYYY-MM-DD) that exists, or null for an empty field. */
export const dayOrEmpty = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine(
      (value) => value === null || (z.iso.date().safeParse(value).success && realDay(value)),
      message,
    );

const targetDate = dayOrEmpty('Target date must be a date (YYYY-MM-DD) or left empty.');

/** 2026-02-30 matches the pattern but is no day. */
export const realDay = (day: string) => new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** The same calendar day `years` later (29 February becomes 28 February). */
export function yearsAfter(day: Day, years: number): Day {
  const year = Number(day.slice(0, 4)) + years;
  return day.slice(5) === '02-29' ? `${year}-02-28` : `${year}${day.slice(4)}`;
}

/**
 * Why a target date cannot go with a plan starting on `today`, if it cannot: it lies between that
 * day and {@link MAX_TARGET_YEARS} years after it. The form checks it against the learner's today;
 * an import, against the day each plan version started.
 */
export function targetProblem(target: Day | null, today: Day): string | undefined {
  if (target === null) return undefined;
  if (target < today) return 'Target date cannot be in the past.';
  if (target > yearsAfter(today, MAX_TARGET_YEARS)) {
    return `Target date must be at most ${MAX_TARGET_YEARS} years ahead.`;
  }
  return undefined;
}

const roadmapField = contentId.refine(
  (id) => getRoadmap(id) !== undefined,
  'This roadmap does not exist.',
);

const dayFields = Object.fromEntries(weekdays.map((day) => [`day${day}`, tick])) as Record<
  `day${Weekday}`,
  typeof tick
>;

/**
 * A pace for one roadmap: hours a week, the study days (checkboxes `day1`…`day7`, Monday first)
 * and an optional target date, which is checked against the learner's today when saving.
 */
export const setPlanInput = z
  .object({
    roadmapId: roadmapField,
    hoursPerWeek,
    targetDate,
    timeZone: browserTimeZone,
    ...dayFields,
  })
  .transform(({ roadmapId, hoursPerWeek: hours, targetDate: target, timeZone, ...days }) => ({
    roadmapId,
    minutesPerWeek: Math.round(hours * 60),
    studyDays: weekdays.filter((day) => days[`day${day}`]),
    targetDate: target,
    timeZone,
  }))
  .refine((plan) => plan.studyDays.length > 0, {
    message: 'Study days: choose at least one day of the week.',
    path: ['studyDays'],
  });

const minutesMessage = `Minutes must be a whole number from 1 to ${MAX_MINUTES_AT_ONCE} (12 hours at once).`;

export const logTimeInput = z
  .object({
    roadmapId: contentId,
    topicId: contentId,
    minutes: numberFrom(minutesMessage).refine(
      (minutes) => Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES_AT_ONCE,
      minutesMessage,
    ),
    timeZone: browserTimeZone,
  })
  .refine(knownTopic, { message: 'This topic does not exist (any more).', path: ['topicId'] });

export type SetPlanInput = z.output<typeof setPlanInput>;
export type LogTimeInput = z.output<typeof logTimeInput>;

/** Regenerating or turning off the feed sends nothing but the learner's intent. */
export const feedInput = z.object({});

/** A visitor keeps at most one pace per roadmap; 20 leaves room for far more roadmaps. */
export const MAX_MERGE_PACES = 20;

const browserPace = z.object({
  roadmapId: contentId,
  hoursPerWeek: z.number(),
  studyDays: z.array(z.number()).max(7),
  targetDate: z.string().nullable(),
  updatedAt: dateTimeSince2000.transform((iso) => new Date(iso)),
});

/**
 * Paces a browser kept before sign-in. A malformed request is refused whole; within it, a pace
 * the pace form would refuse (or for an unknown roadmap) is ignored and counted, and a clock
 * running ahead is brought back to now, so it cannot outrank later changes forever.
 */
export const mergePacesInput = z
  .object({
    paces: z.array(z.unknown()).max(MAX_MERGE_PACES, `can hold at most ${MAX_MERGE_PACES} entries`),
    timeZone: browserTimeZone,
  })
  .transform(({ paces, timeZone }) => {
    const now = new Date();
    const valid = paces.flatMap((raw) => {
      const pace = browserPace.safeParse(raw);
      if (!pace.success) return [];
      const { roadmapId, hoursPerWeek, studyDays, targetDate, updatedAt } = pace.data;
      const plan = setPlanInput.safeParse({
        roadmapId,
        hoursPerWeek,
        targetDate: targetDate ?? '',
        ...Object.fromEntries(studyDays.map((day) => [`day${day}`, true])),
      });
      if (!plan.success) return [];
      return [{ ...plan.data, updatedAt: updatedAt > now ? now : updatedAt }];
    });
    return { paces: valid, ignored: paces.length - valid.length, timeZone };
  });
