import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { CheckForm } from '@/app/_components/checks/CheckForm';
import { personalPage } from '@/app/_components/errors/personal';
import { requireUser } from '@/lib/auth/session';
import { publicCheck } from '@/lib/checks/answer-key';
import { getDraw } from '@/lib/checks/personal';
import { topicReviewPath } from '@/lib/routes';

import { OwnTopicPage, topicOfPage } from '../OwnTopicPage';

export const metadata: Metadata = { title: 'Your review', robots: { index: false } };

/**
 * A learner's own draw of one topic's check, rendered on the server: the questions they have
 * seen least recently, for readers without JavaScript (the topic page itself is static and shows
 * the bank's first questions to everyone).
 */
export default personalPage(async function ReviewPage({
  params,
}: PageProps<'/roadmaps/[roadmap]/[topic]/review'>) {
  const { roadmap, topic } = await topicOfPage(params);
  const bank = publicCheck(roadmap.id, topic.id);
  if (!bank) notFound();
  const path = topicReviewPath(roadmap.id, topic.id);
  const user = await requireUser(path);
  const asked = await getDraw(user.id, roadmap.id, topic.id);

  return (
    <OwnTopicPage roadmap={roadmap} topic={topic} title="Your review">
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
    </OwnTopicPage>
  );
});
