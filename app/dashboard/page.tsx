import type { Metadata } from 'next';
import Link from 'next/link';

import { ProgressBar } from '@/app/_components/ProgressBar';
import { requireUser } from '@/lib/auth/session';
import { getRoadmaps } from '@/lib/content';
import { count } from '@/lib/format';
import { buildDashboard } from '@/lib/progress/dashboard';
import { getActivityByDay, getProgressRows, getTimeZone } from '@/lib/progress/queries';
import { roadmapPath, topicPath } from '@/lib/routes';

import { ActivityHeatmap } from './ActivityHeatmap';
import { RetiredTopics } from './RetiredTopics';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };

export default async function DashboardPage() {
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

      <section aria-labelledby="streak-heading" className="mt-6">
        <h2 id="streak-heading" className="sr-only">
          Streaks
        </h2>
        <dl className="grid grid-cols-2 gap-4 sm:max-w-md">
          <Stat
            label="Current streak"
            value={count(dashboard.streaks.current, 'day')}
            testId="current-streak"
          />
          <Stat
            label="Longest streak"
            value={count(dashboard.streaks.longest, 'day')}
            testId="longest-streak"
          />
        </dl>
        <p className="mt-2 text-xs text-muted">
          A streak counts the days in a row on which you marked at least one topic done, in your
          time zone ({timeZone}).
        </p>
      </section>

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
              <li
                key={roadmap.id}
                className="rounded-lg border border-line bg-surface p-4"
                data-testid={`dashboard-${roadmap.id}`}
              >
                <h3 className="font-semibold">
                  <Link
                    href={roadmapPath(roadmap.id)}
                    className="text-accent underline underline-offset-2"
                  >
                    {roadmap.title}
                  </Link>
                </h3>
                <div className="mt-2">
                  <ProgressBar tally={tally} label={roadmap.title} />
                </div>
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
              </li>
            ))}
          </ul>
        )}
      </section>

      <ActivityHeatmap weeks={dashboard.heatmap} total={dashboard.changesInHeatmap} />
      <RetiredTopics topics={dashboard.retired} dateFormat={dateFormat} />
    </div>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-lg border border-line bg-surface p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-bold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
