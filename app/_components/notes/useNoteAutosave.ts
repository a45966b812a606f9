'use client';

import { useEffect } from 'react';

/** Saves this long after the last keystroke, so typing never waits on the network. */
const AUTOSAVE_DELAY_MS = 1500;

/**
 * The editor's safety net: one `save` when typing pauses (never while `blocked`: over the limit,
 * refused, or already saving), and a prompt before leaving the page with unsaved text.
 */
export function useNoteAutosave(
  save: () => void,
  { draft, unsaved, blocked }: { draft: string; unsaved: boolean; blocked: boolean },
) {
  useEffect(() => {
    if (!unsaved || blocked) return;
    const timer = setTimeout(save, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `save` reads the form at call time
  }, [draft, unsaved, blocked]);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
