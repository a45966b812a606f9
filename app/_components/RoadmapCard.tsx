import Link from 'next/link';

import type { Roadmap } from '@/lib/content';
import { count, formatHours } from '@/lib/format';
import { toOutline } from '@/lib/progress/summary';
import { roadmapPath } from '@/lib/routes';

import { RoadmapOutlineProvider, RoadmapPercent } from './progress/RoadmapProgress';

export function RoadmapCard({ roadmap }: { roadmap: Roadmap }) {
  return (
    <article className="flex flex-col rounded-xl border border-line bg-surface p-6">
      <h2 className="text-xl font-semibold">
        <Link href={roadmapPath(roadmap.id)} className="hover:text-accent">
          {roadmap.title}
        </Link>
      </h2>
      <p className="mt-2 grow text-muted">{roadmap.tagline}</p>
      <dl className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        <div className="flex gap-1">
          <dt className="sr-only">Steps</dt>
          <dd>{count(roadmap.steps.length, 'step')}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="sr-only">Topics</dt>
          <dd>{count(roadmap.topicCount, 'topic')}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="sr-only">Estimated study time</dt>
          <dd>{formatHours(roadmap.hours)} of study</dd>
        </div>
      </dl>
      <RoadmapOutlineProvider outline={toOutline(roadmap)}>
        <RoadmapPercent />
      </RoadmapOutlineProvider>
      <p className="mt-5">
        <Link
          href={roadmapPath(roadmap.id)}
          className="inline-block rounded-md bg-accent px-4 py-2 font-medium text-on-accent"
        >
          {/* The name starts with the visible words, so speech input can say what it sees. */}
          Open the roadmap<span className="sr-only">: {roadmap.title}</span>
        </Link>
      </p>
    </article>
  );
}
