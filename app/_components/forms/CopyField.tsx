'use client';

import { useId, useRef } from 'react';

import { useClipboard } from './useClipboard';

/**
 * A link to copy: a read-only field to select by hand (all there is without JavaScript), a Copy
 * button beside it once JavaScript runs, and a live region, present from the start so that
 * screen readers announce what it says, telling whether the copy worked.
 */
export function CopyField({
  label,
  value,
  testId,
}: {
  label: string;
  value: string;
  testId?: string;
}) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const { copied, copy } = useClipboard();

  async function copyValue() {
    if (!(await copy(value))) field.current?.select();
  }

  return (
    <div>
      <label htmlFor={`${id}-field`} className="block font-medium">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          ref={field}
          id={`${id}-field`}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 grow rounded-md border border-line bg-canvas px-2 py-1 font-mono text-xs"
          data-testid={testId}
        />
        <button
          type="button"
          onClick={() => void copyValue()}
          className="js-only shrink-0 rounded-md border border-line px-3 py-1 text-sm hover:bg-accent-soft"
        >
          Copy link
        </button>
      </div>
      <p role="status" aria-live="polite" className="mt-1 text-sm" data-testid="copy-status">
        {copied &&
          (copied.ok
            ? 'Link copied.'
            : 'Could not copy: the link is selected, press Ctrl+C (⌘C) to copy it.')}
      </p>
    </div>
  );
}
