'use client';

import { useId, useOptimistic, useRef, useState, useTransition, type KeyboardEvent } from 'react';

import { statusLabels, topicStatuses, type TopicStatus } from '@/lib/progress/status';

import { saveStatusChange } from './saveStatus';

type Props = {
  roadmapId: string;
  topicId: string;
  title: string;
  /** The learner's saved status; undefined while it is still loading. */
  saved: TopicStatus | undefined;
};

/** Keys that step a closed select through its options: each is a draft, not a decision. */
const browsingKeys = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);
const isBrowsingKey = (event: KeyboardEvent) =>
  !event.altKey && (browsingKeys.has(event.key) || (event.key.length === 1 && event.key !== ' '));

/**
 * A roadmap row's status select, saving one deliberate change: a choice made in the open list
 * (pointer, or Enter in the list) saves at once; stepping through the closed select with the
 * keyboard only drafts, saved by Enter or Space. Escape, Tab or any other way of leaving the
 * control drops the draft, so a keyboard user moving through the rows changes nothing by
 * accident, and moving from "Not started" to "Skipped" with the arrow keys records one change.
 */
export function RowStatus({ roadmapId, topicId, title, saved }: Props) {
  const [shown, showStatus] = useOptimistic(saved ?? 'not_started');
  const [draft, setDraft] = useState<TopicStatus | null>(null);
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const browsing = useRef(false);
  const id = useId();

  function commit(status: TopicStatus) {
    setDraft(null);
    if (status === shown) return;
    setProblem(null);
    startTransition(async () => {
      showStatus(status);
      // Refused or unreachable: the optimistic status rolls back when the transition ends.
      const refused = await saveStatusChange(roadmapId, topicId, status);
      if (refused) setProblem(refused);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLSelectElement>) {
    browsing.current = isBrowsingKey(event);
    if (!draft) return;
    if (event.key === 'Enter' || event.key === ' ') {
      // Space would open the list: with a draft it saves, as Enter does.
      event.preventDefault();
      commit(draft);
    } else if (event.key === 'Escape') {
      setDraft(null);
    }
  }

  if (saved === undefined) {
    return (
      <select id={id} aria-label={`Status of ${title}`} disabled className="row-select">
        <option>Loading…</option>
      </select>
    );
  }
  return (
    <>
      <select
        id={id}
        aria-label={`Status of ${title}`}
        aria-describedby={problem ? `${id}-problem` : draft ? `${id}-hint` : undefined}
        aria-busy={pending}
        value={draft ?? shown}
        data-s={shown}
        className="row-select"
        onKeyDown={onKeyDown}
        onChange={(event) => {
          const status = topicStatuses.find((s) => s === event.currentTarget.value);
          if (!status) return;
          if (browsing.current) setDraft(status);
          else commit(status);
          browsing.current = false;
        }}
        onBlur={() => setDraft(null)}
      >
        {topicStatuses.map((status) => (
          <option key={status} value={status}>
            {statusLabels[status]}
          </option>
        ))}
      </select>
      {draft && (
        <span id={`${id}-hint`} className="row-hint">
          Enter to save, Esc to cancel
        </span>
      )}
      {problem && (
        <p id={`${id}-problem`} role="alert" className="row-problem">
          ⚠ {problem}
        </p>
      )}
    </>
  );
}
