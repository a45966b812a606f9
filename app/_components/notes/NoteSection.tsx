'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useState } from 'react';

import { notePath, signInPath, topicPath } from '@/lib/routes';

import { noteKey, useLearner } from '../progress/learnerStore';

// Loaded only for a signed-in learner, so readers never download the editor or the Markdown
// renderer it previews with.
const NoteEditor = dynamic(() => import('./NoteEditor'), {
  loading: () => <p className="text-sm text-muted">Loading your note…</p>,
});

type Props = { roadmapId: string; topicId: string; topicTitle: string };

/**
 * The topic page's note area. The page is static and shared by everyone, so the server renders a
 * link to the note page (which works without JavaScript); in the browser, once the learner's note
 * has loaded with their session, the editor replaces it.
 */
export function NoteSection({ roadmapId, topicId, topicTitle }: Props) {
  const session = useLearner();
  const key = noteKey(roadmapId, topicId);
  // Latched: a later session refresh never swaps the editor's starting text under the learner.
  const [loaded, setLoaded] = useState<{ body: string; updatedAt: string } | null | undefined>();
  if (loaded === undefined && session.user && session.noteLoadedFor === key) {
    const note = session.notes[roadmapId]?.[topicId];
    setLoaded(note?.body !== undefined ? { body: note.body, updatedAt: note.updatedAt } : null);
  }

  return (
    <section aria-labelledby="note-heading" className="mt-8" data-print="hide">
      <h2 id="note-heading" className="text-xl font-semibold">
        Your note
      </h2>
      <p className="mt-1 text-sm text-muted">
        {session.user?.notesPublic
          ? 'Shown on your public profile — change this in Settings.'
          : 'Private: only you can see it.'}
      </p>
      <div className="mt-3">
        {loaded !== undefined ? (
          <NoteEditor
            roadmapId={roadmapId}
            topicId={topicId}
            topicTitle={topicTitle}
            saved={loaded}
          />
        ) : session.phase === 'ready' && !session.user ? (
          <p className="text-sm">
            <Link
              href={signInPath(topicPath(roadmapId, topicId))}
              className="text-accent underline underline-offset-2"
            >
              Sign in with GitHub
            </Link>{' '}
            to keep a private note on this topic.
          </p>
        ) : session.phase === 'offline' ? (
          <p className="text-sm">Notes are unavailable right now. Reload the page to try again.</p>
        ) : (
          <Link
            href={notePath(roadmapId, topicId)}
            className="text-sm text-accent underline underline-offset-2"
          >
            Write or read your note on this topic
          </Link>
        )}
      </div>
    </section>
  );
}
