import { count, formatHours } from '@/lib/format';

import type { SharedChecks, SharedTime } from './grid';

/** What a member shares beyond statuses, in words, the same on the page and in the CSV. */

const notShared = 'Not shared';

/** "3 of 4 attempts passed, 2 reviews overdue"; "No attempts yet"; or "Not shared". */
export function checksLabel(checks: SharedChecks | null): string {
  if (!checks) return notShared;
  const attempts =
    checks.attempts === 0
      ? 'No attempts yet'
      : `${checks.passed} of ${count(checks.attempts, 'attempt')} passed`;
  return checks.reviewsOverdue === 0
    ? attempts
    : `${attempts}, ${count(checks.reviewsOverdue, 'review')} overdue`;
}

/** "12 h in all, 2 h 30 min in the last 7 days"; "None logged"; or "Not shared". */
export function studyTimeLabel(time: SharedTime | null): string {
  if (!time) return notShared;
  if (time.minutes === 0) return 'None logged';
  return `${formatHours(time.minutes / 60)} in all, ${formatHours(time.minutesThisWeek / 60)} in the last 7 days`;
}
