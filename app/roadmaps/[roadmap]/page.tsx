import { notFound } from 'next/navigation';

import { RoadmapPlanSection } from '@/app/_components/plan/RoadmapPlanSection';
import { ResetRoadmapProgress } from '@/app/_components/progress/ResetRoadmapProgress';
import { RoadmapController } from '@/app/_components/progress/RoadmapController';
import { getRoadmap } from '@/lib/content';
import { toStepEntries } from '@/lib/content/step-entries';
import { roadmapPath } from '@/lib/routes';

import { everyRoadmap, roadmapMetadata } from './roadmap-pages';
import { RoadmapHeader } from './RoadmapHeader';
import { RoadmapOverview } from './RoadmapOverview';
import { StepTimeline } from './StepTimeline';

// Only the roadmaps in content/ exist: any other slug is a real 404, decided at build time.
export const dynamicParams = false;

export const generateStaticParams = everyRoadmap;

export const generateMetadata = roadmapMetadata((roadmap) => ({
  title: `${roadmap.title} roadmap`,
  description: roadmap.description,
  url: roadmapPath(roadmap.id),
}));

/**
 * Static and the same for everyone: every step and row is in the prerendered HTML; one client
 * controller fills in the learner's statuses once they have loaded (see RoadmapController).
 */
export default async function RoadmapPage({ params }: PageProps<'/roadmaps/[roadmap]'>) {
  const roadmap = getRoadmap((await params).roadmap);
  if (!roadmap) notFound();
  const steps = toStepEntries(roadmap);
  return (
    <article>
      <RoadmapHeader
        roadmapId={roadmap.id}
        title={roadmap.title}
        tagline={roadmap.tagline}
        steps={steps}
      />
      <div className="roadmap-grid">
        {/* The controller's own output is the progress box; the grid places it (globals.css). */}
        <RoadmapController roadmapId={roadmap.id} roadmapTitle={roadmap.title} steps={steps} />
        <RoadmapOverview steps={steps} />
        <div className="roadmap-main">
          <RoadmapPlanSection roadmapId={roadmap.id} roadmapTitle={roadmap.title} steps={steps} />
          <p className="nojs-only notice" data-print="hide">
            Without JavaScript this page cannot show your saved statuses: the link under each
            step&rsquo;s topics leads to a page that shows and saves them, and your{' '}
            <a href="/dashboard">dashboard</a> lists them all.
          </p>
          <StepTimeline roadmapId={roadmap.id} roadmapTitle={roadmap.title} steps={steps} />
          <ResetRoadmapProgress roadmapId={roadmap.id} roadmapTitle={roadmap.title} />
        </div>
      </div>
    </article>
  );
}
