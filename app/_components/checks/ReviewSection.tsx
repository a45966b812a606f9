import Link from 'next/link';

import { Section } from '@/app/_components/Section';
import { dayIn } from '@/lib/calendar/days';
import { getAllAttempts, getAllReviewCards } from '@/lib/checks/personal';
import { reviewSummary } from '@/lib/checks/review';
import { findTopic, getRoadmap } from '@/lib/content';
import { topicPath } from '@/lib/routes';

type Props = { userId: string; timeZone: string };

/**
 * The dashboard's spaced review: the topics whose knowledge check is due today (the learner's
 * today), how many per roadmap, and per roadmap the share of topics whose latest check passed.
 */
export async function ReviewSection({ userId, timeZone }: Props) {
  const today = dayIn(new Date(), timeZone);
  const [attempts, cards] = await Promise.all([getAllAttempts(userId), getAllReviewCards(userId)]);
  const roadmaps = reviewSummary(attempts, cards, today).flatMap((summary) => {
    const roadmap = getRoadmap(summary.roadmapId);
    return roadmap ? [{ roadmap, ...summary }] : [];
  });
  const due = roadmaps.reduce((sum, { dueToday }) => sum + dueToday.length, 0);
  return (
    <Section id="review" heading="Due for review today">
      {roadmaps.length === 0 ? (
        <p className="mt-3 text-muted">
          Answer the “Check yourself” questions on any topic page: each topic comes back here when
          its review is due, sooner the more you missed and later each time you pass, so you review
          it before it fades.
        </p>
      ) : (
        <>
          <p className="mt-3" data-testid="review-due-count">
            {due === 0
              ? 'Nothing is due today.'
              : `${due} ${due === 1 ? 'topic is' : 'topics are'} due for review today.`}
          </p>
          <ul className="mt-3 space-y-4">
            {roadmaps.map(({ roadmap, dueToday, latestPassed }) => (
              <li key={roadmap.id} data-testid={`review-${roadmap.id}`}>
                <h3 className="font-medium">
                  {roadmap.title}: {dueToday.length} due
                </h3>
                <p className="text-sm text-muted">
                  {latestPassed} of {roadmap.topicCount} topics passed on their latest check (
                  {Math.floor((latestPassed / roadmap.topicCount) * 100)}%)
                </p>
                {dueToday.length > 0 && (
                  <ul className="mt-1 list-disc pl-6 text-sm">
                    {dueToday.map(({ topicId }) => (
                      <li key={topicId}>
                        <Link
                          href={`${topicPath(roadmap.id, topicId)}#check-yourself`}
                          className="text-accent underline underline-offset-2"
                        >
                          {findTopic(roadmap.id, topicId)?.topic.title ?? topicId}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
