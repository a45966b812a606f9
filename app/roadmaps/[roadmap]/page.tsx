import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { defaultOpenGraph } from '@/app/_components/brand';
import { Breadcrumbs } from '@/app/_components/Breadcrumbs';
import { Markdown } from '@/app/_components/Markdown';
import { RoadmapPlanSection } from '@/app/_components/plan/RoadmapPlanSection';
import { ShareProgress } from '@/app/_components/profile/ShareProgress';
import { ResetRoadmapProgress } from '@/app/_components/progress/ResetRoadmapProgress';
import { RoadmapController } from '@/app/_components/progress/RoadmapController';
import { getRoadmap, getRoadmaps } from '@/lib/content';
import { pathTotals } from '@/lib/content/core-path';
import { toStepEntries } from '@/lib/content/step-entries';
import { roadmapPath } from '@/lib/routes';

import { PathTotalsLine } from './PathTotalsLine';
import { RoadmapOverview } from './RoadmapOverview';
import { StepTimeline } from './StepTimeline';

// Only the roadmaps in content/ exist: any other slug is a real 404, decided at build time.
export const dynamicParams = false;

export function generateStaticParams() {
  return getRoadmaps().map((roadmap) => ({ roadmap: roadmap.id }));
}

export async function generateMetadata({
  params,
}: PageProps<'/roadmaps/[roadmap]'>): Promise<Metadata> {
  const roadmap = getRoadmap((await params).roadmap);
  if (!roadmap) return {};
  const url = roadmapPath(roadmap.id);
  return {
    title: `${roadmap.title} roadmap`,
    description: roadmap.description,
    alternates: { canonical: url },
    openGraph: {
      ...defaultOpenGraph,
      title: `${roadmap.title} roadmap`,
      description: roadmap.description,
      url,
    },
  };
}

/**
 * Static and the same for everyone: every step and row is in the prerendered HTML; one client
 * controller fills in the learner's statuses once they have loaded (see RoadmapController).
 */
export default async function RoadmapPage({ params }: PageProps<'/roadmaps/[roadmap]'>) {
  const roadmap = getRoadmap((await params).roadmap);
  if (!roadmap) notFound();
  const totals = pathTotals(roadmap);
  const steps = toStepEntries(roadmap);
  return (
    <article>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }, { label: roadmap.title }]} />
      <header className="mt-4 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{roadmap.title} roadmap</h1>
        <p className="mt-3 text-lg text-muted">{roadmap.tagline}</p>
        <PathTotalsLine totals={totals} />
      </header>
      <div className="roadmap-grid">
        <RoadmapOverview steps={steps} coreTopics={totals.core?.topics} />
        <div className="min-w-0">
          <RoadmapController roadmapId={roadmap.id} />
          <RoadmapPlanSection roadmapId={roadmap.id} />
          <p className="nojs-only notice" data-print="hide">
            Without JavaScript this page cannot show your saved statuses: your{' '}
            <a href="/dashboard">dashboard</a> lists them. Signed in, you can still save a status
            with the form at the end of each step.
          </p>
          <ShareProgress roadmapId={roadmap.id} />
          <details className="about" data-print="keep">
            <summary>About this roadmap</summary>
            <Markdown>{roadmap.intro}</Markdown>
          </details>
          <StepTimeline roadmap={roadmap} steps={steps} />
          <ResetRoadmapProgress roadmapId={roadmap.id} roadmapTitle={roadmap.title} />
        </div>
      </div>
    </article>
  );
}
