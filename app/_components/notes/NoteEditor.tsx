'use client';

import { useRouter } from 'next/navigation';
import {
  useActionState,
  useId,
  useRef,
  useState,
  useTransition,
  type FormEvent,
  type KeyboardEvent,
} from 'react';

import { saveTopicNote, type SavedNote } from '@/lib/notes/actions';
import { MAX_NOTE_LENGTH } from '@/lib/notes/limits';

import { runFormAction } from '../forms/actionOutcome';
import { recordNote } from '../progress/learnerStore';
import { useHydrated } from '../useHydrated';
import {
  NotePreview,
  NoteSaveRow,
  noteStatus,
  NoteViewTabs,
  type NoteView,
} from './NoteEditorParts';
import { useNoteAutosave } from './useNoteAutosave';

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
  const [tab, setTab] = useState<NoteView>('write');
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

  useNoteAutosave(save, { draft, unsaved, blocked: overLimit || !!problem || pending });

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

  const status = noteStatus({ pending, unsaved, savedNote, deleted: !!noScriptState?.ok });

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
      {hydrated && <NoteViewTabs view={tab} onChange={setTab} />}
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
      {tab === 'preview' && <NotePreview draft={draft} />}
      <NoteSaveRow
        pending={pending}
        status={hydrated ? status : noScriptState?.ok ? 'Saved' : ''}
        ids={ids}
        length={draft.length}
      />
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
