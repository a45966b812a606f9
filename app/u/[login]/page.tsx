import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ActivityHeatmap } from '@/app/_components/ActivityHeatmap';
import { personalMetadata, personalPage } from '@/app/_components/errors/personal';
import { ProjectList } from '@/app/_components/projects/ProjectList';
import { StartedRoadmapCard } from '@/app/_components/StartedRoadmapCard';
import { StreakStats } from '@/app/_components/StreakStats';
import { getRoadmaps } from '@/lib/content';
import { getPublicProfile } from '@/lib/profile/public';
import { buildDashboard } from '@/lib/progress/dashboard';
import { getActivityByDay } from '@/lib/progress/history';
import { getProgressRows } from '@/lib/progress/queries';
import { getStudyFacts } from '@/lib/progress/study-query';
import { getProjectRows } from '@/lib/projects/queries';
import { learnerProjects } from '@/lib/projects/view';
import { profilePath, sharedRoadmapPath } from '@/lib/routes';

import { ProfileHeader } from './ProfileHeader';

type Props = PageProps<'/u/[login]'>;

export const generateMetadata = personalMetadata(async function generateMetadata({
  params,
}: Props): Promise<Metadata> {
  const profile = await getPublicProfile((await params).login);
  if (!profile) return { title: 'Page not found' };
  const title = `${profile.name} on Waymark`;
  const description = `${profile.name}'s progress through Waymark's backend developer roadmaps.`;
  return {
    title,
    description,
    // Shared by link, not listed: a learner opting in to sharing has not opted in to search engines.
    robots: { index: false },
    alternates: { canonical: profilePath(profile.login) },
    openGraph: { title, description, url: profilePath(profile.login), type: 'profile' },
  };
});

/** A learner's public profile: only for those who opted in; everyone else gets the same 404. */
export default personalPage(async function ProfilePage({ params }: Props) {
  const profile = await getPublicProfile((await params).login);
  if (!profile) notFound();
  const [rows, activity, projectRows, study] = await Promise.all([
    getProgressRows(profile.id),
    getActivityByDay(profile.id, profile.timeZone),
    getProjectRows(profile.id),
    getStudyFacts(profile.id),
  ]);
  const view = buildDashboard(getRoadmaps(), rows, activity, study, new Date(), profile.timeZone);

  return (
    <div className="max-w-3xl">
      <ProfileHeader profile={profile} />
      <StreakStats streaks={view.streaks} whose={profile.name} />

      <section aria-labelledby="roadmaps-heading" className="mt-8">
        <h2 id="roadmaps-heading" className="text-xl font-semibold">
          Roadmaps
        </h2>
        {view.started.length === 0 ? (
          <p className="mt-3 text-muted">{profile.name} has not started a roadmap yet.</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {view.started.map(({ roadmap, tally }) => (
              <StartedRoadmapCard
                key={roadmap.id}
                title={roadmap.title}
                href={sharedRoadmapPath(profile.login, roadmap.id)}
                tally={tally}
                testId={`profile-${roadmap.id}`}
              />
            ))}
          </ul>
        )}
      </section>

      <ProjectList
        heading="Projects built"
        projects={learnerProjects(getRoadmaps(), projectRows, 'done')}
      />
      <ActivityHeatmap
        weeks={view.heatmap}
        total={view.changesInHeatmap}
        empty="No status changes in the last 52 weeks."
      />
    </div>
  );
});
