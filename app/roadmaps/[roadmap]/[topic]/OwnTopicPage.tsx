import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { Breadcrumbs, topicItemTrail } from '@/app/_components/Breadcrumbs';
import { SignedInMarker } from '@/app/_components/SignedInMarker';
import { findTopic, type Roadmap, type Topic } from '@/lib/content';
import { topicPath } from '@/lib/routes';

/** The topic a learner's own page is about (their note, their review); a 404 for any other. */
export async function topicOfPage(params: Promise<{ roadmap: string; topic: string }>) {
  const { roadmap, topic } = await params;
  const found = findTopic(roadmap, topic);
  if (!found) notFound();
  return found;
}

/**
 * The frame of a learner's own page about a topic, rendered per request for readers without
 * JavaScript (the topic page itself is static and cannot know who is reading): the trail, the
 * page, and the way back to the topic.
 */
export function OwnTopicPage({
  roadmap,
  topic,
  title,
  children,
}: {
  roadmap: Pick<Roadmap, 'id' | 'title'>;
  topic: Pick<Topic, 'id' | 'title'>;
  /** The page's crumb in the trail. */
  title: string;
  children: ReactNode;
}) {
  return (
    <div className="max-w-3xl">
      <SignedInMarker />
      <Breadcrumbs trail={topicItemTrail(roadmap, topic, title)} />
      {children}
      <p className="mt-6">
        <Link
          href={topicPath(roadmap.id, topic.id)}
          className="text-accent underline underline-offset-2"
        >
          ← Back to {topic.title}
        </Link>
      </p>
    </div>
  );
}
