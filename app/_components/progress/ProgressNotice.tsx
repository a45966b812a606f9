'use client';

import { dismissNotice, useLearner } from './learnerStore';

/** Tells the learner what happened to their browser progress at sign-in. */
export function ProgressNotice() {
  const { notice } = useLearner();
  if (!notice) return null;
  return (
    <div className="mx-auto w-full max-w-5xl px-4 pt-4" data-print="hide">
      <div
        role="status"
        className={`flex items-start justify-between gap-4 rounded-lg border-l-4 p-3 text-sm ${notice.tone === 'success' ? 'border-accent bg-accent-soft' : 'border-ink bg-surface'}`}
      >
        <p>
          {notice.tone === 'problem' && <span aria-hidden="true">⚠ </span>}
          {notice.message}
        </p>
        <button
          type="button"
          onClick={dismissNotice}
          className="shrink-0 underline underline-offset-2"
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
