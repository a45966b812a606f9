import type { Metadata } from 'next';
import Link from 'next/link';

import { ActivityHeatmap } from '@/app/_components/ActivityHeatmap';
import { personalPage } from '@/app/_components/errors/personal';
import { DashboardPlans } from '@/app/_components/plan/DashboardPlans';
import { StartedRoadmapCard } from '@/app/_components/StartedRoadmapCard';
import { StreakStats } from '@/app/_components/StreakStats';
import { requireUser } from '@/lib/auth/session';
import { getRoadmaps } from '@/lib/content';
import { buildDashboard } from '@/lib/progress/dashboard';
import { getActivityByDay, getProgressRows, getTimeZone } from '@/lib/progress/queries';
import { roadmapPath, topicPath } from '@/lib/routes';

import { RetiredTopics } from './RetiredTopics';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };

export default personalPage(async function DashboardPage() {
  const user = await requireUser('/dashboard');
  const timeZone = await getTimeZone(user.id);
  const [rows, activity] = await Promise.all([
    getProgressRows(user.id),
    getActivityByDay(user.id, timeZone),
  ]);
  const dashboard = buildDashboard(getRoadmaps(), rows, activity, new Date(), timeZone);
  const dateFormat = new Intl.DateTimeFormat('en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name ?? user.login}</h1>

      <StreakStats streaks={dashboard.streaks} timeZone={timeZone} whose="you" />

      <section aria-labelledby="roadmaps-heading" className="mt-8">
        <h2 id="roadmaps-heading" className="text-xl font-semibold">
          Your roadmaps
        </h2>
        {dashboard.started.length === 0 ? (
          <p className="mt-3 text-muted">
            You have not started a roadmap yet. Open one from the{' '}
            <Link href="/" className="text-accent underline underline-offset-2">
              home page
            </Link>{' '}
            and mark your first topic.
          </p>
        ) : (
          <ul className="mt-3 space-y-4">
            {dashboard.started.map(({ roadmap, tally, next, lastActivity }) => (
              <StartedRoadmapCard
                key={roadmap.id}
                title={roadmap.title}
                href={roadmapPath(roadmap.id)}
                tally={tally}
                testId={`dashboard-${roadmap.id}`}
              >
                <p className="mt-2 text-sm">
                  {next ? (
                    <>
                      Next up:{' '}
                      <Link
                        href={topicPath(roadmap.id, next.id)}
                        className="text-accent underline underline-offset-2"
                      >
                        {next.title}
                      </Link>
                    </>
                  ) : (
                    'Every topic complete.'
                  )}
                </p>
                <p className="mt-1 text-xs text-muted">
                  Last activity: {dateFormat.format(lastActivity)}
                </p>
              </StartedRoadmapCard>
            ))}
          </ul>
        )}
      </section>

      <DashboardPlans userId={user.id} timeZone={timeZone} progress={rows} />
      <ActivityHeatmap weeks={dashboard.heatmap} total={dashboard.changesInHeatmap} />
      <RetiredTopics topics={dashboard.retired} dateFormat={dateFormat} />
    </div>
  );
});
