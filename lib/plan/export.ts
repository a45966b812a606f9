import { z } from 'zod';

import { getRoadmap, knownTopic } from '@/lib/content';
import { realDateTime } from '@/lib/validation';

import { realDay, targetProblem } from './input';
import {
  MAX_MINUTES_PER_DAY,
  MAX_MINUTES_PER_WEEK,
  MAX_PLAN_VERSIONS,
  MAX_TARGET_YEARS,
  MIN_MINUTES_PER_WEEK,
} from './limits';

/** Far above a learner's real history, far below abuse. */
const MAX_TIME_ENTRIES = 10_000;

const EARLIEST_DAY = '2000-01-01';

/** A YYYY-MM-DD calendar day that exists; `notAfter` bounds it from above. */
const day = (notAfter?: () => string) =>
  z.iso
    .date({ error: 'is not a date (YYYY-MM-DD)' })
    .refine(realDay, 'is not a date (YYYY-MM-DD)')
    .refine(
      (value) => value >= EARLIEST_DAY && (!notAfter || value <= notAfter()),
      notAfter ? 'is not a date between 2000-01-01 and today' : 'is not a date from 2000-01-01 on',
    );

/** A day ahead of UTC's today exists somewhere already (UTC+14). */
const tomorrowUtc = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

const roadmapId = z.string().refine((id) => getRoadmap(id) !== undefined, {
  error: (issue) => `names an unknown roadmap "${String(issue.input)}"`,
});
const topicId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'is not a topic id');

/** Refuses a list that names the same key twice (one row per key can be written). */
const once =
  <T>(keyOf: (entry: T) => string, what: string) =>
  (entries: T[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const key = keyOf(entry);
      if (seen.has(key))
        context.addIssue({ code: 'custom', path: [index], message: `repeats ${what} ${key}` });
      seen.add(key);
    });
  };

/**
 * The export file's `plans` section (version 3): every plan version and the time logged per topic
 * and day. The calendar feed's token is never in it: a file must not be a way into the feed.
 */
export const planExportSection = z.object({
  versions: z
    .array(
      z
        .object({
          roadmapId,
          startsOn: day(tomorrowUtc),
          minutesPerWeek: z
            .number()
            .int()
            .min(
              MIN_MINUTES_PER_WEEK,
              `is not between ${MIN_MINUTES_PER_WEEK} and ${MAX_MINUTES_PER_WEEK}`,
            )
            .max(
              MAX_MINUTES_PER_WEEK,
              `is not between ${MIN_MINUTES_PER_WEEK} and ${MAX_MINUTES_PER_WEEK}`,
            ),
          studyDays: z
            .number()
            .int()
            .min(1, 'is not a set of weekdays (1 to 127)')
            .max(127, 'is not a set of weekdays (1 to 127)'),
          targetDate: day().nullable(),
          createdAt: realDateTime,
        })
        // The plan form's rule, from the day this version started rather than today.
        .superRefine(({ targetDate, startsOn }, context) => {
          if (targetProblem(targetDate, startsOn))
            context.addIssue({
              code: 'custom',
              path: ['targetDate'],
              message: `is not between the day the plan starts (${startsOn}) and ${MAX_TARGET_YEARS} years after it`,
            });
        }),
    )
    .max(MAX_PLAN_VERSIONS, `holds more than ${MAX_PLAN_VERSIONS} entries`)
    .superRefine(once((v) => `${v.roadmapId} ${v.startsOn}`, 'the plan version of')),
  time: z
    .array(
      z
        .object({
          roadmapId,
          topicId,
          day: day(tomorrowUtc),
          minutes: z
            .number()
            .int()
            .min(1, `is not between 1 and ${MAX_MINUTES_PER_DAY}`)
            .max(MAX_MINUTES_PER_DAY, `is not between 1 and ${MAX_MINUTES_PER_DAY}`),
        })
        // The time form's rule: time is logged on topics the content has.
        .refine(knownTopic, {
          path: ['topicId'],
          error: 'names a topic this Waymark does not have',
        }),
    )
    .max(MAX_TIME_ENTRIES, `holds more than ${MAX_TIME_ENTRIES} entries`)
    .superRefine(once((t) => `${t.roadmapId}/${t.topicId} ${t.day}`, 'the time on')),
});

export type PlanExport = z.infer<typeof planExportSection>;
