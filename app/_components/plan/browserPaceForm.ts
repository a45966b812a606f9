import type { ActionError } from '@/lib/action';
import { readBrowserPace, type BrowserPace } from '@/lib/plan/browser-plan';
import { dayIn, weekdays } from '@/lib/plan/calendar';

import { browserTimeZone } from '../progress/learnerStore';
import { recordBrowserPace } from './planStore';

/**
 * A visitor's pace from the plan form, checked by the same rules as the server's. A refusal has
 * the shape of the server's, so the form shows it the same way, with the learner's input kept.
 */
function browserPaceFromForm(data: FormData): { pace: BrowserPace } | { error: ActionError } {
  const now = new Date();
  const pace = readBrowserPace(
    {
      hoursPerWeek: String(data.get('hoursPerWeek') ?? ''),
      studyDays: weekdays.filter((day) => data.get(`day${day}`) === 'on'),
      targetDate: String(data.get('targetDate') ?? ''),
    },
    dayIn(now, browserTimeZone()),
    now,
  );
  if (!('field' in pace)) return { pace };
  const submitted = Object.fromEntries(
    [...data].filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  return {
    error: {
      code: 'INVALID_INPUT',
      message: pace.message,
      fields: { [pace.field]: pace.message },
      submitted,
    },
  };
}

/** Keeps a visitor's pace from the form in this browser; the refusal, if it is refused. */
export function keepPaceInBrowser(roadmapId: string, data: FormData): ActionError | undefined {
  const result = browserPaceFromForm(data);
  if ('error' in result) return result.error;
  recordBrowserPace(roadmapId, result.pace);
}
