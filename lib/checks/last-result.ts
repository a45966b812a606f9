import type { Day } from '@/lib/calendar/days';
import { formatCalendarDate } from '@/lib/format';

/** A topic's last knowledge-check result, as "Last result" shows it. */
export type LastResult = { correctCount: number; questionCount: number; answeredAt: string };

/**
 * What /api/me/checks answers: `last` is null for a visitor and for a topic never checked, and
 * `reviewDueOn` (the day the topic's review card is due) null then too; `draw` is the question ids
 * the learner's next attempt asks (lib/checks/draw.ts), null for a visitor, whose browser draws
 * from the results it keeps.
 */
export type LastResultResponse = {
  last: LastResult | null;
  reviewDueOn: Day | null;
  draw: string[] | null;
};

/** "Next review: 14 Dec 2026", "Review due today", or since when it is overdue. */
export function reviewDueText(dueOn: Day, today: Day): string {
  if (dueOn < today) return `Review overdue since ${formatCalendarDate(dueOn)}`;
  if (dueOn === today) return 'Review due today';
  return `Next review: ${formatCalendarDate(dueOn)}`;
}
