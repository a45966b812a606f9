import { z } from 'zod';

import { knownTimeZone } from '@/lib/time-zone';

/** A roadmap, step or topic id as it arrives in input; whether it exists is checked against content. */
export const contentId = z.string().trim().min(1, 'is missing').max(64, 'is too long');

/** A checkbox: present ("on") when ticked, absent otherwise. Anything else is a forged form. */
export const checkboxField = z
  .enum(['on'], { error: 'must be a checkbox value' })
  .optional()
  .transform((value) => value === 'on');

/** The earliest moment any Waymark record can carry (the project is far younger). */
const EARLIEST_DATE = new Date('2000-01-01T00:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

const isoDateTime = z
  .string()
  .pipe(z.iso.datetime({ offset: true, error: 'is not a date and time' }));

/**
 * An ISO date-time from 2000-01-01 on. Year 0000 and the like are refused here, as invalid,
 * rather than failing in the database. Callers bring a time ahead of now back to now.
 */
export const dateTimeSince2000 = isoDateTime.refine(
  (iso) => Date.parse(iso) >= EARLIEST_DATE.getTime(),
  { error: 'is not a date from 2000-01-01 on' },
);

/**
 * An ISO date-time at most `days` before now (callers bring a time ahead of now back to now): for
 * what a browser kept, whose history is bounded by how long a visitor plausibly uses it.
 */
export const dateTimeInLastDays = (days: number) =>
  isoDateTime.refine((iso) => Date.parse(iso) >= Date.now() - days * DAY_MS, {
    error: `is more than ${days} days old`,
  });

/**
 * An ISO date-time between 2000-01-01 and a day from now (room for a clock running ahead, which
 * callers then bring back to now): for records that claim to be history, such as an export file.
 */
export const realDateTime = isoDateTime.refine(
  (iso) => {
    const time = Date.parse(iso);
    return time >= EARLIEST_DATE.getTime() && time <= Date.now() + DAY_MS;
  },
  { error: 'is not a date between 2000-01-01 and today' },
);

/**
 * A time zone, as the name PostgreSQL knows it (see {@link knownTimeZone}): the one rule for the
 * zone a status change, a plan, a merge or an import carries.
 */
export const timeZoneName = z
  .string()
  .max(64)
  .transform((zone, context) => {
    const known = knownTimeZone(zone);
    if (!known) context.addIssue({ code: 'custom', message: 'is not a time zone' });
    return known ?? z.NEVER;
  });

/**
 * The zone a browser sends with a change: one PostgreSQL does not know is ignored rather than
 * refusing the change (the saved zone, or UTC, counts the days then).
 */
export const browserTimeZone = timeZoneName.optional().catch(undefined);

/** Text without NUL characters, which PostgreSQL cannot store in a text column. */
export const text = () =>
  z.string().refine((value) => !value.includes('\u0000'), 'contains a NUL character');

/**
 * The entries a browser kept before sign-in, as a merge request carries them. More than `max`
 * refuses the request whole; within it, an entry that `entry` does not parse or `isKnown` rejects
 * (content that is gone, garbled data) is ignored and counted, so one stale entry never blocks the
 * rest, and a time ahead of now is brought back to now, so it cannot outrank later changes forever.
 */
export function browserEntries<Entry extends { updatedAt: Date }>(
  entry: z.ZodType<Entry>,
  isKnown: (entry: Entry) => boolean,
  max: number,
) {
  return z
    .array(z.unknown())
    .max(max, `can hold at most ${max} entries`)
    .transform((entries) => {
      const now = new Date();
      const valid = entries.flatMap((raw) => {
        const parsed = entry.safeParse(raw);
        if (!parsed.success || !isKnown(parsed.data)) return [];
        const { updatedAt } = parsed.data;
        return [{ ...parsed.data, updatedAt: updatedAt > now ? now : updatedAt }];
      });
      return { entries: valid, ignored: entries.length - valid.length };
    });
}
