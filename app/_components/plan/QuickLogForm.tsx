import { FormMessage } from '../forms/FormFeedback';
import type { TimeLog } from './useTimeLog';

export type QuickAmount = { minutes: number; label: string };

export const quickAmounts: QuickAmount[] = [
  { minutes: 15, label: '+15 min' },
  { minutes: 30, label: '+30 min' },
  { minutes: 60, label: '+1 h' },
];

/** One tap logs time on a topic: a real form, each button posting its own minutes. */
export function QuickLogForm({
  amounts,
  log,
  label,
}: {
  amounts: readonly QuickAmount[];
  /** The time-log form's behaviour ({@link useTimeLog}) it shares with its page's other forms. */
  log: TimeLog;
  /** The form's accessible name. */
  label: string;
}) {
  return (
    <form action={log.formAction} onSubmit={log.onSubmit} aria-label={label}>
      <TopicFields log={log} />
      <div className="flex flex-wrap gap-2">
        {amounts.map(({ minutes, label: text }) => (
          <button
            key={minutes}
            type="submit"
            name="minutes"
            value={minutes}
            disabled={log.pending}
            className="min-h-11 rounded-md border border-line px-3 py-1.5 text-sm hover:bg-accent-soft sm:min-h-0"
          >
            {text}
          </button>
        ))}
      </div>
    </form>
  );
}

/** What the last time log did ("Time logged." or why not), once there is something to say. */
export function TimeLogMessage({
  log: { shown },
  id,
  className,
}: {
  log: TimeLog;
  id: string;
  className: string;
}) {
  if (!shown) return null;
  return (
    <div className={className}>
      <FormMessage id={id} problem={shown.problem}>
        {shown.problem ? `⚠ ${shown.text}` : shown.text}
      </FormMessage>
    </div>
  );
}

/** The topic a time-log form posts for, as hidden fields (they post without JavaScript too). */
export function TopicFields({ log: { topic } }: { log: TimeLog }) {
  return (
    <>
      <input type="hidden" name="roadmapId" value={topic.roadmapId} />
      <input type="hidden" name="topicId" value={topic.topicId} />
    </>
  );
}
