import type { Metadata } from 'next';

import { personalPage } from '@/app/_components/errors/personal';
import NoteEditor from '@/app/_components/notes/NoteEditor';
import { NoteHtml } from '@/app/_components/notes/NoteHtml';
import { requireUser } from '@/lib/auth/session';
import { getNote } from '@/lib/notes/queries';
import { renderedNote } from '@/lib/notes/rendered';
import { notePath } from '@/lib/routes';

import { OwnTopicPage, topicOfPage } from '../OwnTopicPage';

export const metadata: Metadata = { title: 'Your note', robots: { index: false } };

/** A learner's note on one topic, rendered on the server: the editor for readers without JavaScript. */
export default personalPage(async function NotePage({
  params,
}: PageProps<'/roadmaps/[roadmap]/[topic]/note'>) {
  const { roadmap, topic } = await topicOfPage(params);
  const user = await requireUser(notePath(roadmap.id, topic.id));
  const note = await getNote(user.id, roadmap.id, topic.id);

  return (
    <OwnTopicPage roadmap={roadmap} topic={topic} title="Your note">
      <h1 className="mt-4 text-3xl font-bold tracking-tight">Your note on {topic.title}</h1>
      <p className="mt-1 text-sm text-muted">
        {user.notesPublic
          ? 'Shown on your public profile — change this in Settings.'
          : 'Private: only you can see it.'}
      </p>
      {note && (
        <section
          aria-labelledby="saved-note-heading"
          className="mt-6 rounded-lg border border-line bg-surface p-4"
        >
          <h2 id="saved-note-heading" className="text-sm font-semibold text-muted">
            Saved note
          </h2>
          <div className="mt-2" data-testid="saved-note">
            <NoteHtml html={renderedNote(note.body)} />
          </div>
        </section>
      )}
      <div className="mt-6">
        <NoteEditor
          roadmapId={roadmap.id}
          topicId={topic.id}
          topicTitle={topic.title}
          saved={note ? { body: note.body, updatedAt: note.updatedAt.toISOString() } : null}
          refreshPageOnSave
        />
      </div>
    </OwnTopicPage>
  );
});
