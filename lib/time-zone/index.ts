import { dayIn } from '@/lib/calendar/days';

import { postgresTimeZoneNames } from './names';

/**
 * `zone` as a name PostgreSQL knows, or undefined when it is no zone Waymark can count days in.
 * A name Node knows by another one is written as that one (`CTT` as `Asia/Shanghai`,
 * `US/Pacific-New` as `America/Los_Angeles`): PostgreSQL refuses the first.
 */
export function knownTimeZone(zone: string): string | undefined {
  if (postgresTimeZoneNames.has(zone)) return zone;
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  return postgresTimeZoneNames.has(canonical) ? canonical : undefined;
}

/**
 * The zone a saved setting counts days in: UTC when none is saved, or when it was saved before
 * zones were checked and PostgreSQL would refuse it (the page would fail instead).
 */
export const usableTimeZone = (saved: string | null | undefined): string =>
  (saved && knownTimeZone(saved)) || 'UTC';

/**
 * The zone to save when a browser sends `sent` and the account holds `saved`, or undefined to keep
 * the saved one. Logged time and plans are dated in the saved zone, so a zone that would move the
 * learner's today (Etc/GMT+12 makes it yesterday almost everywhere) is not taken: a learner who
 * really moved gets the new zone saved by their first change made while both zones share a date,
 * which happens every day for any two zones less than 24 hours apart (all but a few pairs across
 * the date line, such as UTC+14 and UTC−11).
 */
export function zoneToSave(
  saved: string | null,
  sent: string | undefined,
  now: Date,
): string | undefined {
  if (!sent || sent === saved) return undefined;
  const current = saved === null ? undefined : knownTimeZone(saved);
  if (current === undefined) return sent; // nothing dated in a zone yet, or in one PostgreSQL refuses
  return dayIn(now, sent) === dayIn(now, current) ? sent : undefined;
}
