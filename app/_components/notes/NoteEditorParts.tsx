import { formatMoment, formatNumber } from '@/lib/format';
import type { SavedNote } from '@/lib/notes/actions';
import { MAX_NOTE_LENGTH } from '@/lib/notes/limits';
import { renderNoteHtml } from '@/lib/notes/markdown';

import { NoteHtml } from './NoteHtml';

export type NoteView = 'write' | 'preview';

/** The Write / Preview switch above the note (shown once scripts run: preview needs them). */
export function NoteViewTabs({
  view,
  onChange,
}: {
  view: NoteView;
  onChange: (v: NoteView) => void;
}) {
  return (
    <div role="group" aria-label="Note view" className="mb-2 flex gap-1 text-sm">
      {(['write', 'preview'] as const).map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={view === option}
          onClick={() => onChange(option)}
          className="rounded-md border border-line px-3 py-1 capitalize aria-pressed:border-accent aria-pressed:bg-accent-soft"
        >
          {option}
        </button>
      ))}
    </div>
  );
}

/** Where the note stands, for the status line: saving, unsaved, saved when, or none. */
export function noteStatus({
  pending,
  unsaved,
  savedNote,
  deleted,
}: {
  pending: boolean;
  unsaved: boolean;
  savedNote: SavedNote;
  deleted: boolean;
}) {
  if (pending) return 'Saving…';
  if (unsaved) return 'Unsaved changes';
  if (savedNote) {
    return `Saved ${formatMoment(savedNote.updatedAt)}`;
  }
  return deleted ? 'Note deleted' : 'No note yet';
}

/** The Save button, where the note stands, and the draft's length against the limit. */
export function NoteSaveRow({
  pending,
  status,
  ids,
  length,
}: {
  pending: boolean;
  status: string;
  ids: { status: string; count: string };
  length: number;
}) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <button
        type="submit"
        aria-busy={pending}
        className="rounded-md bg-ink px-3 py-1.5 font-medium text-canvas"
      >
        Save note
      </button>
      <span id={ids.status} role="status" data-testid="note-status" className="text-muted">
        {status}
      </span>
      <NoteLength id={ids.count} length={length} />
    </div>
  );
}

/** The draft's length against the limit; the textarea names `id` in `aria-describedby`. */
function NoteLength({ id, length }: { id: string; length: number }) {
  const over = length - MAX_NOTE_LENGTH;
  return (
    <span id={id} className={over > 0 ? 'font-semibold' : 'text-muted'} data-testid="note-count">
      {formatNumber(length)} / {formatNumber(MAX_NOTE_LENGTH)} characters
      {over > 0 && ` — ${formatNumber(over)} over the limit`}
    </span>
  );
}

/** The draft as it will read, rendered by the same rules as a saved note. */
export function NotePreview({ draft }: { draft: string }) {
  return (
    <div
      className="min-h-32 rounded-md border border-line p-3"
      data-testid="note-preview"
      aria-live="polite"
    >
      {draft.trim() ? (
        <NoteHtml html={renderNoteHtml(draft)} />
      ) : (
        <p className="text-muted">Nothing to preview yet.</p>
      )}
    </div>
  );
}
