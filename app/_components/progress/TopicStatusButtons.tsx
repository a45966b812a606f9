'use client';

import { useEffect, useId, useRef } from 'react';

import {
  shortcutFor,
  statusIcons,
  statusLabels,
  statusShortcuts,
  topicStatuses,
} from '@/lib/progress/status';

import { useStatusForm } from './useStatusForm';

type Props = { roadmapId: string; topicId: string; topicTitle: string };

/** The topic page's status control: four buttons, the current one pressed, with key shortcuts. */
export function TopicStatusButtons({ roadmapId, topicId, topicTitle }: Props) {
  const { status, pending, problem, formAction, onSubmit, phase } = useStatusForm(
    roadmapId,
    topicId,
  );
  const form = useRef<HTMLFormElement>(null);
  const problemId = useId();
  useStatusShortcuts(form);

  return (
    <form
      data-session={phase}
      ref={form}
      action={formAction}
      onSubmit={onSubmit}
      aria-label={`Your status for ${topicTitle}`}
      data-print="hide"
    >
      <input type="hidden" name="roadmapId" value={roadmapId} />
      <input type="hidden" name="topicId" value={topicId} />
      <fieldset aria-describedby={problem ? problemId : undefined}>
        <legend className="text-sm font-semibold">
          Your status: <span data-testid="current-status">{statusLabels[status]}</span>
        </legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {topicStatuses.map((option) => {
            const key = shortcutFor(option);
            return (
              <button
                key={option}
                type="submit"
                name="status"
                value={option}
                aria-pressed={status === option}
                aria-keyshortcuts={key}
                aria-busy={pending}
                className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-accent-soft aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-on-accent"
              >
                <span aria-hidden="true">{statusIcons[option]}</span> {statusLabels[option]}{' '}
                <kbd className="ml-1 rounded border border-current px-1 font-mono text-xs opacity-80">
                  {key}
                </kbd>
              </button>
            );
          })}
        </div>
      </fieldset>
      <p className="mt-2 text-xs text-muted">
        Keyboard:{' '}
        {Object.entries(statusShortcuts)
          .map(([key, value]) => `${key} ${statusLabels[value].toLowerCase()}`)
          .join(' · ')}
      </p>
      {problem && (
        <p id={problemId} role="alert" className="mt-2 text-sm font-medium">
          ⚠ {problem}
        </p>
      )}
    </form>
  );
}

/** Single-key shortcuts, ignored while typing in a field or with a modifier held. */
function useStatusShortcuts(form: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const status = statusShortcuts[event.key.toLowerCase()];
      const button =
        status && form.current?.querySelector<HTMLButtonElement>(`button[value="${status}"]`);
      if (!button) return;
      event.preventDefault();
      form.current?.requestSubmit(button);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [form]);
}
