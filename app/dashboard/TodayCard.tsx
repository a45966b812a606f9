import Link from 'next/link';

import { getAllAttempts, getAllReviewCards } from '@/lib/checks/personal';
import { reviewSummary } from '@/lib/checks/review';
import { findTopic } from '@/lib/content';
import { count, formatHours } from '@/lib/format';
import type { DashboardPlans } from '@/lib/plan/dashboard';
import { todaysShare } from '@/lib/plan/today';
import { topicPath } from '@/lib/routes';

import { TodayTimeLog } from './TodayTimeLog';

/** Reviews listed by name; the review section further down lists every one. */
const REVIEWS_SHOWN = 3;
const link = 'text-accent underline underline-offset-2';

/** Whether today keeps the streak, and how it can. */
function streakText({ current }: { current: number }, studiedToday: boolean) {
  if (studiedToday) return `${count(current, 'day')} in a row: today counts already.`;
  if (current > 0)
    return `${count(current, 'day')} in a row: study today to keep it — log time, mark a topic done or pass a check.`;
  return 'No streak yet: log time, mark a topic done or pass a check today to start one.';
}

/**
 * The dashboard's first answer to "what do I do now?": the reviews due today, the next item of
 * each plan sized to one study day's share with a one-tap time log, and the streak. Rendered on
 * the server from the plans the page read once; works without JavaScript.
 */
export async function TodayCard({
  userId,
  plans,
  streaks,
  studiedToday,
}: {
  userId: string;
  plans: DashboardPlans;
  streaks: { current: number };
  studiedToday: boolean;
}) {
  const [attempts, cards] = await Promise.all([getAllAttempts(userId), getAllReviewCards(userId)]);
  const due = reviewSummary(attempts, cards, plans.today).flatMap(({ roadmapId, dueToday }) =>
    dueToday.map(({ topicId }) => ({ roadmapId, topicId })),
  );
  const planned = plans.roadmaps.filter((entry) => entry.summary !== null);
  return (
    <section
      aria-labelledby="today-heading"
      className="mt-4 rounded-lg border border-line bg-surface p-4"
      data-testid="today"
    >
      <h2 id="today-heading" className="text-xl font-semibold">
        Today
      </h2>
      <p className="mt-1 text-sm" data-testid="today-streak">
        <strong>Streak:</strong> {streakText(streaks, studiedToday)}
      </p>
      <h3 className="mt-3 font-semibold">Reviews due</h3>
      {due.length === 0 ? (
        <p className="text-sm text-muted" data-testid="today-reviews">
          None today.
        </p>
      ) : (
        <ul className="list-disc pl-6 text-sm" data-testid="today-reviews">
          {due.slice(0, REVIEWS_SHOWN).map(({ roadmapId, topicId }) => (
            <li key={`${roadmapId}/${topicId}`}>
              <Link href={`${topicPath(roadmapId, topicId)}#check-yourself`} className={link}>
                {findTopic(roadmapId, topicId)?.topic.title ?? topicId}
              </Link>
            </li>
          ))}
          {due.length > REVIEWS_SHOWN && (
            <li>
              <a href="#review-heading" className={link}>
                {count(due.length - REVIEWS_SHOWN, 'more review')}
              </a>
            </li>
          )}
        </ul>
      )}
      <h3 className="mt-3 font-semibold">Study next</h3>
      {planned.length === 0 ? (
        <p className="text-sm">
          No study plan yet.{' '}
          <a href="#plan-heading" className={link}>
            Set your pace
          </a>{' '}
          and this card says what to study each day.
        </p>
      ) : (
        <ul className="space-y-3 text-sm">
          {planned.map(({ roadmap, summary }) => {
            const share = todaysShare(summary!, plans.today);
            return (
              <li key={roadmap.id} data-testid={`today-${roadmap.id}`}>
                {!share ? (
                  <p>{roadmap.title}: nothing left to plan.</p>
                ) : (
                  <>
                    <p>
                      <Link href={share.item.href} className={`font-medium ${link}`}>
                        {share.item.title}
                      </Link>{' '}
                      <span className="text-muted">({roadmap.title})</span>
                      <br />
                      {share.studyDay
                        ? `${formatHours(share.hours)} today: one study day’s share of your week.`
                        : `Today is not one of your study days; this is next when you study.`}
                    </p>
                    {share.item.kind === 'topic' ? (
                      <TodayTimeLog
                        roadmapId={roadmap.id}
                        topicId={share.item.id}
                        topicTitle={share.item.title}
                        shareMinutes={share.minutes}
                      />
                    ) : (
                      <p className="text-muted">A step project: mark it done on its step.</p>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
