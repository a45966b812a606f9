import type { Metadata } from 'next';
import Link from 'next/link';

import { ActivityHeatmap } from '@/app/_components/ActivityHeatmap';
import { ReviewSection } from '@/app/_components/checks/ReviewSection';
import { personalPage } from '@/app/_components/errors/personal';
import { CalendarSection } from '@/app/_components/plan/CalendarSection';
import { DashboardPlans } from '@/app/_components/plan/DashboardPlans';
import { WeeklyHoursSection } from '@/app/_components/plan/WeeklyHoursSection';
import { NextUp } from '@/app/_components/progress/NextUp';
import { ProjectList } from '@/app/_components/projects/ProjectList';
import { SignedInMarker } from '@/app/_components/SignedInMarker';
import { StartedRoadmapCard } from '@/app/_components/StartedRoadmapCard';
import { StreakStats } from '@/app/_components/StreakStats';
import { requireUser } from '@/lib/auth/session';
import { dayIn } from '@/lib/calendar/days';
import { cohortLinesByRoadmap, cohortWeeks } from '@/lib/cohorts/this-week';
import { myCohorts } from '@/lib/cohorts/views';
import { getRoadmaps } from '@/lib/content';
import { formatCalendarDate, momentFormat } from '@/lib/format';
import { getDashboardPlans } from '@/lib/plan/dashboard';
import { roadmapsNotStarted, topicsToContinue } from '@/lib/progress/continue';
import { buildDashboard } from '@/lib/progress/dashboard';
import { getActivityByDay } from '@/lib/progress/history';
import { getProgressRows } from '@/lib/progress/queries';
import { getStudyFacts } from '@/lib/progress/study-query';
import { getProjectRows } from '@/lib/projects/queries';
import { learnerProjects } from '@/lib/projects/view';
import { roadmapPath } from '@/lib/routes';
import { getTimeZone } from '@/lib/time-zone/queries';

import { ContinueTopics } from './ContinueTopics';
import { DashboardCohorts } from './DashboardCohorts';
import { ProfileLink } from './ProfileLink';
import { RetiredTopics } from './RetiredTopics';
import { RoadmapsToStart } from './RoadmapsToStart';
import { ShareLink } from './ShareLink';
import { TodayCard } from './TodayCard';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };

export default personalPage(async function DashboardPage() {
  const user = await requireUser('/dashboard');
  const timeZone = await getTimeZone(user.id);
  const [rows, activity, projectRows, study, cohorts] = await Promise.all([
    getProgressRows(user.id),
    getActivityByDay(user.id, timeZone),
    getProjectRows(user.id),
    getStudyFacts(user.id),
    myCohorts(user.id),
  ]);
  const dashboard = buildDashboard(getRoadmaps(), rows, activity, study, new Date(), timeZone);
  const plans = await getDashboardPlans(user.id, timeZone, rows, projectRows);
  const dateFormat = momentFormat(timeZone);
  // Each scheduled cohort's week, from the rows above: on the cohorts' list and in the plans.
  const weeks = cohortWeeks(
    cohorts,
    rows,
    projectRows,
    dayIn(new Date(), timeZone),
    formatCalendarDate,
  );

  return (
    <div className="max-w-3xl">
      <SignedInMarker />
      <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name ?? user.login}</h1>
      <TodayCard
        userId={user.id}
        plans={plans}
        streaks={dashboard.streaks}
        studiedToday={dashboard.studiedToday}
      />
      <ProfileLink login={user.login} isPublic={user.profilePublic} />

      <ContinueTopics topics={topicsToContinue(getRoadmaps(), rows)} />

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
                <NextUp roadmapId={roadmap.id} next={next} allComplete="Every topic complete." />
                <p className="mt-1 text-xs text-muted">
                  Last activity: {dateFormat.format(lastActivity)}
                </p>
                <ShareLink roadmapId={roadmap.id} title={roadmap.title} />
              </StartedRoadmapCard>
            ))}
          </ul>
        )}
      </section>
      <RoadmapsToStart roadmaps={roadmapsNotStarted(getRoadmaps(), dashboard.started)} />
      <DashboardCohorts cohorts={cohorts} weeks={weeks} />

      <ReviewSection userId={user.id} timeZone={timeZone} />
      <ProjectList
        heading="Your projects"
        projects={learnerProjects(getRoadmaps(), projectRows)}
        empty="No project started yet: every step of a roadmap ends with one."
      />
      <DashboardPlans
        plans={plans}
        started={new Set(dashboard.started.map(({ roadmap }) => roadmap.id))}
        cohortLines={cohortLinesByRoadmap(cohorts, weeks, formatCalendarDate)}
      />

      {/* The history comes last: the daily things are above. */}
      <StreakStats streaks={dashboard.streaks} timeZone={timeZone} whose="you" />
      <WeeklyHoursSection userId={user.id} plans={plans} />
      <ActivityHeatmap
        weeks={dashboard.heatmap}
        total={dashboard.changesInHeatmap}
        empty="No status changes in the last 52 weeks. Mark a topic in progress, done or skipped, and each day’s changes fill in here."
      />
      <CalendarSection userId={user.id} />
      <RetiredTopics topics={dashboard.retired} dateFormat={dateFormat} />
    </div>
  );
});
