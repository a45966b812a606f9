'use client';

import { useRouter } from 'next/navigation';
import {
  useActionState,
  useEffect,
  useId,
  useRef,
  useState,
  useTransition,
  type FormEvent,
  type KeyboardEvent,
} from 'react';

import { formatNumber } from '@/lib/format';
import { saveTopicNote, type SavedNote } from '@/lib/notes/actions';
import { MAX_NOTE_LENGTH } from '@/lib/notes/limits';
import { renderNoteHtml } from '@/lib/notes/markdown';

import { runFormAction } from '../forms/actionOutcome';
import { recordNote } from '../progress/learnerStore';
import { useHydrated } from '../useHydrated';
import { NoteHtml } from './NoteHtml';

/** Saves this long after the last keystroke, so typing never waits on the network. */
const AUTOSAVE_DELAY_MS = 1500;

type Props = {
  roadmapId: string;
  topicId: string;
  topicTitle: string;
  saved: SavedNote;
  /** Re-render the page after a save: the note page shows the saved note beside the editor. */
  refreshPageOnSave?: boolean;
};

/**
 * The note editor. The form posts to the server action, so it works without JavaScript (the
 * server renders the result, and a refused save shows the learner's text again). With JavaScript
 * the textarea is never replaced by a server answer — the caret stays put — and the note saves
 * shortly after typing stops, on Save, or with Ctrl/⌘+S.
 */
export default function NoteEditor({
  roadmapId,
  topicId,
  topicTitle,
  saved,
  refreshPageOnSave = false,
}: Props) {
  const router = useRouter();
  const [noScriptState, formAction] = useActionState(saveTopicNote, null);
  const refused = noScriptState && !noScriptState.ok ? noScriptState.error : null;
  const refusal = refused?.message ?? null;
  const [draft, setDraft] = useState(
    refused ? (refused.submitted?.body ?? '') : (saved?.body ?? ''),
  );
  const [savedNote, setSavedNote] = useState(saved);
  const [problem, setProblem] = useState(refusal);
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  const ids = { field: useId(), status: useId(), problem: useId(), count: useId() };

  const savedBody = savedNote?.body ?? '';
  const unsaved = draft.replace(/\r\n?/g, '\n') !== savedBody;
  const overLimit = draft.length > MAX_NOTE_LENGTH;

  function save() {
    const data = new FormData(form.current!);
    startTransition(async () => {
      const outcome = await runFormAction(() => saveTopicNote(null, data));
      if (outcome.kind === 'refused') return setProblem(outcome.message);
      if (outcome.kind === 'signed-out') {
        return setProblem('Your session has ended. Copy your note, sign in again, and save it.');
      }
      setProblem(null);
      setSavedNote(outcome.data);
      recordNote(roadmapId, topicId, outcome.data ?? undefined);
      if (refreshPageOnSave) router.refresh();
    });
  }

  // Autosave: one save when typing pauses, never while over the limit or after a refusal.
  useEffect(() => {
    if (!unsaved || overLimit || problem || pending) return;
    const timer = setTimeout(save, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `save` reads the form at call time
  }, [draft, unsaved, overLimit, problem, pending]);

  // Leaving with unsaved text asks first.
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      form.current?.requestSubmit();
    }
  }

  const status = pending
    ? 'Saving…'
    : unsaved
      ? 'Unsaved changes'
      : savedNote
        ? `Saved ${new Date(savedNote.updatedAt).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`
        : noScriptState?.ok
          ? 'Note deleted'
          : 'No note yet';

  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={onSubmit}
      data-hydrated={hydrated}
      aria-label={`Your note on ${topicTitle}`}
    >
      <input type="hidden" name="roadmapId" value={roadmapId} />
      <input type="hidden" name="topicId" value={topicId} />
      {hydrated && (
        <div role="group" aria-label="Note view" className="mb-2 flex gap-1 text-sm">
          {(['write', 'preview'] as const).map((view) => (
            <button
              key={view}
              type="button"
              aria-pressed={tab === view}
              onClick={() => setTab(view)}
              className="rounded-md border border-line px-3 py-1 capitalize aria-pressed:border-accent aria-pressed:bg-accent-soft"
            >
              {view}
            </button>
          ))}
        </div>
      )}
      <label htmlFor={ids.field} className="sr-only">
        Your note (Markdown)
      </label>
      <textarea
        id={ids.field}
        name="body"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
        rows={8}
        hidden={tab === 'preview'}
        aria-invalid={overLimit}
        aria-describedby={`${ids.count} ${problem ? ids.problem : ''}`.trim()}
        placeholder="What clicked, what to revisit, links you found useful… Markdown works."
        className="block w-full rounded-md border border-line bg-canvas p-3 font-mono text-sm"
      />
      {tab === 'preview' && (
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
      )}
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <button
          type="submit"
          aria-busy={pending}
          className="rounded-md bg-ink px-3 py-1.5 font-medium text-canvas"
        >
          Save note
        </button>
        <span id={ids.status} role="status" data-testid="note-status" className="text-muted">
          {hydrated ? status : noScriptState?.ok ? 'Saved' : ''}
        </span>
        <span
          id={ids.count}
          className={overLimit ? 'font-semibold' : 'text-muted'}
          data-testid="note-count"
        >
          {formatNumber(draft.length)} / {formatNumber(MAX_NOTE_LENGTH)} characters
          {overLimit && ` — ${formatNumber(draft.length - MAX_NOTE_LENGTH)} over the limit`}
        </span>
      </div>
      <p className="mt-1 text-xs text-muted">
        Markdown works; raw HTML is left out. Empty the note and save to delete it.
        {hydrated && ' Saves as you pause typing, or press Ctrl/⌘+S.'}
      </p>
      {problem && (
        <p id={ids.problem} role="alert" className="mt-2 text-sm font-medium">
          ⚠ {problem}
        </p>
      )}
    </form>
  );
}
