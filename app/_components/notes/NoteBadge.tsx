'use client';

import Link from 'next/link';

import { topicPath } from '@/lib/routes';

import { useLearner } from '../progress/learnerStore';

/** Marks a roadmap row whose topic the signed-in learner keeps a note on. */
export function NoteBadge({ roadmapId, topicId }: { roadmapId: string; topicId: string }) {
  const { user, notes } = useLearner();
  if (!user || !notes[roadmapId]?.[topicId]) return null;
  return (
    <Link
      href={`${topicPath(roadmapId, topicId)}#note-heading`}
      className="rounded-full border border-line px-2 py-0.5 text-xs font-medium"
      data-testid={`note-badge-${topicId}`}
    >
      <span aria-hidden="true">✎ </span>Note
      <span className="sr-only"> on this topic</span>
    </Link>
  );
}
