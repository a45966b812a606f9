import Link from 'next/link';

import type { Roadmap } from '@/lib/content';
import { toOutline } from '@/lib/progress/summary';
import { roadmapPath } from '@/lib/routes';

import { PathTotals } from './PathTotals';
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
      <PathTotals steps={roadmap.steps} className="mt-4 text-sm" />
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
