'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

import { shortcutOf, statusKey, topicShortcuts } from '@/lib/progress/shortcuts';
import { statusActions, statusIcons, statusLabels, type TopicStatus } from '@/lib/progress/status';

import { useHydrated } from '../useHydrated';
import { ShownTopicStatus } from './shownTopicStatus';
import { useStatusForm } from './useStatusForm';

type Props = {
  roadmapId: string;
  topicId: string;
  topicTitle: string;
  /** What sits right under the buttons and follows the status shown (the next-step offer). */
  children?: ReactNode;
};

/**
 * "Mark as done" first and strongest, then the other statuses; the current one is pressed. Reset
 * is an action, not a state to be in: it is never drawn pressed, so "not started" presses none.
 */
const order: TopicStatus[] = ['done', 'in_progress', 'skipped', 'not_started'];

/**
 * The topic page's status control: the current status as a label, then one button per action.
 * Single-key shortcuts (and their hints) exist only once the page runs JavaScript; the hints are
 * hidden on touch screens, where there are no keys to press.
 */
export function TopicStatusButtons({ roadmapId, topicId, topicTitle, children }: Props) {
  const { status, pending, problem, formAction, onSubmit, phase } = useStatusForm(
    roadmapId,
    topicId,
  );
  const form = useRef<HTMLFormElement>(null);
  const problemId = useId();
  const hydrated = useHydrated();
  useTopicShortcuts(form);

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
        <legend className="text-sm">
          Your status:{' '}
          <span data-testid="current-status" className="font-semibold">
            {statusLabels[status]}
          </span>{' '}
          <span aria-hidden="true">{statusIcons[status]}</span>
        </legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {order.map((option) => (
            <button
              key={option}
              type="submit"
              name="status"
              value={option}
              aria-pressed={option === 'not_started' ? undefined : status === option}
              aria-keyshortcuts={hydrated ? statusKey(option) : undefined}
              aria-busy={pending}
              className={option === 'done' ? 'status-action status-primary' : 'status-action'}
            >
              <span aria-hidden="true">{statusIcons[option]}</span> {statusActions[option]}
              <kbd className="js-only key-label pointer-coarse:hidden">{statusKey(option)}</kbd>
            </button>
          ))}
        </div>
      </fieldset>
      <ShownTopicStatus value={status}>{children}</ShownTopicStatus>
      <p className="js-only mt-2 text-xs text-muted pointer-coarse:hidden">
        Keys:{' '}
        {topicShortcuts.map(({ key, does }, index) => (
          <span key={key}>
            {index > 0 && ' · '}
            <kbd className="key-label">{key}</kbd> {does}
          </span>
        ))}
      </p>
      {problem && (
        <p id={problemId} role="alert" className="mt-2 text-sm font-medium">
          ⚠ {problem}
        </p>
      )}
    </form>
  );
}

/**
 * Single-key shortcuts (lib/progress/shortcuts.ts). Status keys press this form's button; `n` and
 * `p` follow the page's next / previous link (the pager's rel links), as a click would.
 */
function useTopicShortcuts(form: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const inField = !!target.closest('input, textarea, select, [contenteditable="true"]');
      const { key, altKey, ctrlKey, metaKey, repeat } = event;
      const shortcut = shortcutOf({ key, altKey, ctrlKey, metaKey, repeat, inField });
      if (!shortcut) return;
      const control =
        shortcut.kind === 'status'
          ? form.current?.querySelector<HTMLButtonElement>(`button[value="${shortcut.status}"]`)
          : document.querySelector<HTMLAnchorElement>(`a[rel="${shortcut.rel}"]`);
      if (!control) return;
      event.preventDefault();
      if (control instanceof HTMLButtonElement) form.current?.requestSubmit(control);
      else control.click();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [form]);
}
