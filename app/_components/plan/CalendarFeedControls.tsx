'use client';

import { useActionState, useId } from 'react';

import { formatDayOf } from '@/lib/format';
import { regenerateCalendarFeed, stopCalendarFeed } from '@/lib/plan/actions';

import { CopyField } from '../forms/CopyField';
import { FormMessage, SubmitButton } from '../forms/FormFeedback';

/** The feed's address for a one-click subscription: calendar apps register `webcal:`. */
const subscribeUrl = (url: string) => url.replace(/^https?:/, 'webcal:');

/**
 * The private calendar feed: make (or regenerate, which revokes the old URL) and turn off. The
 * URL is shown once, right after it is made: Waymark keeps only its hash. Plain forms, so this
 * works without JavaScript; with it, the answer shows without a page load.
 */
export function CalendarFeedControls({ activeSince }: { activeSince: string | null }) {
  const [made, makeAction, making] = useActionState(regenerateCalendarFeed, null);
  const [stopped, stopAction, stopping] = useActionState(stopCalendarFeed, null);
  const id = useId();
  const url = made?.ok ? made.data?.url : undefined;
  const active = url !== undefined || (activeSince !== null && !stopped?.ok);
  const problem =
    (made && !made.ok && made.error.message) || (stopped && !stopped.ok && stopped.error.message);

  return (
    <div className="mt-2 space-y-3 text-sm" data-testid="calendar-feed">
      <p>
        Subscribe to your plan in Google Calendar, Apple Calendar or Outlook: a study block on each
        of your study days for the coming weeks, listing that week’s topics, and your projected
        finish and target dates. The link is private — anyone who has it sees your plan — so share
        it with nobody.
      </p>
      {url ? (
        <div>
          <CopyField
            label="Your calendar link (shown only now: copy it into your calendar app)"
            value={url}
            testId="calendar-url"
          />
          <p className="mt-1">
            <a href={subscribeUrl(url)} className="text-accent underline underline-offset-2">
              Subscribe in your calendar app
            </a>{' '}
            (opens the calendar app this device uses for <code>webcal:</code> links)
          </p>
          <p className="mt-1 text-muted">
            Google Calendar: Other calendars → From URL. Apple Calendar: File → New Calendar
            Subscription. Outlook: Add calendar → Subscribe from web.
          </p>
        </div>
      ) : (
        <p data-testid="calendar-status">
          {active
            ? `A calendar link is active (made ${activeSince ? formatDayOf(activeSince) : 'just now'}). For safety it is shown only when it is made: regenerate it to see a new one.`
            : 'You have no calendar link.'}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <form action={makeAction}>
          <SubmitButton
            pending={making}
            label={active ? 'Regenerate link (the old one stops working)' : 'Make a calendar link'}
            pendingLabel="Making…"
          />
        </form>
        {active && (
          <form action={stopAction}>
            <SubmitButton
              pending={stopping}
              label="Turn the link off"
              pendingLabel="Turning off…"
            />
          </form>
        )}
      </div>
      {stopped?.ok && !url && (
        <FormMessage id={`${id}-stopped`} problem={false}>
          Your calendar link is off: calendars subscribed to it stop updating.
        </FormMessage>
      )}
      {problem && (
        <FormMessage id={`${id}-problem`} problem>
          ⚠ {problem}
        </FormMessage>
      )}
    </div>
  );
}
