import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { personalMetadata, personalPage } from '@/app/_components/errors/personal';
import { ListedItemHeader } from '@/app/_components/ListedItemHeader';
import { NoteHtml } from '@/app/_components/notes/NoteHtml';
import { ProgressBar } from '@/app/_components/ProgressBar';
import { ProjectList } from '@/app/_components/projects/ProjectList';
import { stepLabel } from '@/lib/format';
import { renderedNote } from '@/lib/notes/rendered';
import { getSharedRoadmap } from '@/lib/profile/public';
import { statusIcons, statusLabels } from '@/lib/progress/status';
import { tally } from '@/lib/progress/summary';
import { roadmapPath, sharedRoadmapPath, topicPath } from '@/lib/routes';

import { ProfileHeader } from '../ProfileHeader';

type Props = PageProps<'/u/[login]/[roadmap]'>;

async function sharedFromParams(params: Props['params']) {
  const { login, roadmap } = await params;
  return getSharedRoadmap(login, roadmap);
}

export const generateMetadata = personalMetadata(async function generateMetadata({
  params,
}: Props): Promise<Metadata> {
  const shared = await sharedFromParams(params);
  if (!shared) return { title: 'Page not found' };
  const { profile, roadmap, tally: progress } = shared;
  const title = `${profile.name}: ${roadmap.title} roadmap, ${progress.percent}% complete`;
  const url = sharedRoadmapPath(profile.login, roadmap.id);
  return {
    title,
    description: `${profile.name} has completed ${progress.complete} of ${progress.total} topics of Waymark's ${roadmap.title} roadmap.`,
    robots: { index: false },
    alternates: { canonical: url },
    openGraph: { title, url, type: 'article' },
  };
});

/** A read-only view of one roadmap with a learner's progress (and notes, if they share them). */
export default personalPage(async function SharedRoadmapPage({ params }: Props) {
  const shared = await sharedFromParams(params);
  if (!shared) notFound();
  const { profile, roadmap, statuses, notes } = shared;

  return (
    <div className="max-w-3xl">
      <ProfileHeader profile={profile} subtitle={`${roadmap.title} roadmap`} />
      <div className="mt-6" data-testid="shared-progress">
        <ProgressBar tally={shared.tally} label={`${profile.name}'s progress`} />
      </div>
      <p className="mt-2 text-sm text-muted">
        A read-only view.{' '}
        <Link href={roadmapPath(roadmap.id)} className="text-accent underline underline-offset-2">
          Open the {roadmap.title} roadmap
        </Link>{' '}
        to follow it yourself.
      </p>

      <ol className="mt-8 space-y-8" aria-label={`Steps of the ${roadmap.title} roadmap`}>
        {roadmap.steps.map((step) => (
          <li key={step.id}>
            <section aria-labelledby={`step-${step.id}-title`}>
              <p className="text-sm font-medium text-accent">{stepLabel(step)}</p>
              <h2 id={`step-${step.id}-title`} className="text-xl font-semibold">
                {step.title}
              </h2>
              <div className="mt-2">
                <ProgressBar tally={tally(step.topics, statuses)} label={step.title} />
              </div>
              <ul className="mt-3 divide-y divide-(--line) rounded-lg border border-line bg-surface">
                {step.topics.map((topic) => {
                  const status = statuses[topic.id] ?? 'not_started';
                  const note = notes.get(topic.id);
                  return (
                    <li key={topic.id} className="px-4 py-3" data-testid={`shared-${topic.id}`}>
                      <ListedItemHeader
                        href={topicPath(roadmap.id, topic.id)}
                        title={topic.title}
                        status={{ icon: statusIcons[status], label: statusLabels[status] }}
                        statusTestId="shared-status"
                      />
                      {note && (
                        <div
                          className="mt-2 border-l-2 border-line pl-3 text-sm"
                          data-testid="shared-note"
                        >
                          <p className="sr-only">{profile.name}&apos;s note:</p>
                          <NoteHtml html={renderedNote(note.body)} />
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          </li>
        ))}
      </ol>
      <ProjectList heading="Projects built" projects={shared.doneProjects} showRoadmap={false} />
    </div>
  );
});
