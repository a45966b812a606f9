import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Breadcrumbs, topicItemTrail } from '@/app/_components/Breadcrumbs';
import { CheckForm } from '@/app/_components/checks/CheckForm';
import { personalPage } from '@/app/_components/errors/personal';
import { SignedInMarker } from '@/app/_components/SignedInMarker';
import { requireUser } from '@/lib/auth/session';
import { publicCheck } from '@/lib/checks/answer-key';
import { getDraw } from '@/lib/checks/personal';
import { findTopic } from '@/lib/content';
import { topicPath, topicReviewPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Your review', robots: { index: false } };

/**
 * A learner's own draw of one topic's check, rendered on the server: the questions they have
 * seen least recently, for readers without JavaScript (the topic page itself is static and shows
 * the bank's first questions to everyone).
 */
export default personalPage(async function ReviewPage({
  params,
}: PageProps<'/roadmaps/[roadmap]/[topic]/review'>) {
  const { roadmap: roadmapId, topic: topicId } = await params;
  const found = findTopic(roadmapId, topicId);
  const bank = found && publicCheck(found.roadmap.id, found.topic.id);
  if (!found || !bank) notFound();
  const { roadmap, topic } = found;
  const path = topicReviewPath(roadmap.id, topic.id);
  const user = await requireUser(path);
  const asked = await getDraw(user.id, roadmap.id, topic.id);

  return (
    <div className="max-w-3xl">
      <SignedInMarker />
      <Breadcrumbs trail={topicItemTrail(roadmap, topic, 'Your review')} />
      <section id="check-yourself" aria-labelledby="check-heading">
        <h1 id="check-heading" className="mt-4 text-3xl font-bold tracking-tight">
          Check yourself: {topic.title}
        </h1>
        <p className="mt-1 text-sm text-muted">
          {asked.length} questions of {bank.length}, those you have answered least recently.
        </p>
        <CheckForm
          roadmapId={roadmap.id}
          topicId={topic.id}
          bank={bank}
          asked={asked}
          tryAgainHref={path}
        />
      </section>
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
});
