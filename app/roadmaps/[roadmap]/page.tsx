import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { defaultOpenGraph } from '@/app/_components/brand';
import { Breadcrumbs } from '@/app/_components/Breadcrumbs';
import { Markdown } from '@/app/_components/Markdown';
import { RoadmapPlanSection } from '@/app/_components/plan/RoadmapPlanSection';
import { ShareProgress } from '@/app/_components/profile/ShareProgress';
import { ResetRoadmapProgress } from '@/app/_components/progress/ResetRoadmapProgress';
import {
  RoadmapOutlineProvider,
  RoadmapProgressSummary,
} from '@/app/_components/progress/RoadmapProgress';
import { getRoadmap, getRoadmaps } from '@/lib/content';
import { count, formatHours } from '@/lib/format';
import { toOutline } from '@/lib/progress/summary';
import { roadmapPath } from '@/lib/routes';

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

export default async function RoadmapPage({ params }: PageProps<'/roadmaps/[roadmap]'>) {
  const roadmap = getRoadmap((await params).roadmap);
  if (!roadmap) notFound();
  return (
    <article>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }, { label: roadmap.title }]} />
      <header className="mt-4 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{roadmap.title} roadmap</h1>
        <p className="mt-3 text-lg text-muted">{roadmap.tagline}</p>
        <p className="mt-4 text-sm">
          {count(roadmap.steps.length, 'step')} · {count(roadmap.topicCount, 'topic')} ·{' '}
          {formatHours(roadmap.hours)} of study
        </p>
      </header>
      <RoadmapOutlineProvider outline={toOutline(roadmap)}>
        <RoadmapProgressSummary />
        <RoadmapPlanSection roadmapId={roadmap.id} />
        <ShareProgress roadmapId={roadmap.id} />
        <section aria-label="Introduction" className="mt-6 max-w-3xl">
          <Markdown>{roadmap.intro}</Markdown>
        </section>
        <StepTimeline roadmap={roadmap} />
        <ResetRoadmapProgress roadmapId={roadmap.id} roadmapTitle={roadmap.title} />
      </RoadmapOutlineProvider>
    </article>
  );
}
