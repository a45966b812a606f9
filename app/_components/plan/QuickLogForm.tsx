import type { FormEvent } from 'react';

export type QuickAmount = { minutes: number; label: string };

export const quickAmounts: QuickAmount[] = [
  { minutes: 15, label: '+15 min' },
  { minutes: 30, label: '+30 min' },
  { minutes: 60, label: '+1 h' },
];

/** One tap logs time on a topic: a real form, each button posting its own minutes. */
export function QuickLogForm({
  roadmapId,
  topicId,
  amounts,
  action,
  onSubmit,
  pending,
  label,
}: {
  roadmapId: string;
  topicId: string;
  amounts: readonly QuickAmount[];
  action: (data: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  /** The form's accessible name. */
  label: string;
}) {
  return (
    <form action={action} onSubmit={onSubmit} aria-label={label}>
      <input type="hidden" name="roadmapId" value={roadmapId} />
      <input type="hidden" name="topicId" value={topicId} />
      <div className="flex flex-wrap gap-2">
        {amounts.map(({ minutes, label: text }) => (
          <button
            key={minutes}
            type="submit"
            name="minutes"
            value={minutes}
            disabled={pending}
            className="min-h-11 rounded-md border border-line px-3 py-1.5 text-sm hover:bg-accent-soft sm:min-h-0"
          >
            {text}
          </button>
        ))}
      </div>
    </form>
  );
}
