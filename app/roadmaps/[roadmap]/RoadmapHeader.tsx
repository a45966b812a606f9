'use client';

import Link from 'next/link';

import { PathTotals } from '@/app/_components/PathTotals';
import type { StepEntry } from '@/lib/content/step-entries';
import { roadmapAboutPath } from '@/lib/routes';

/**
 * The roadmap page's title, tagline, sizes and the link to its introduction. A stateless client
 * component, like the overview: the totals come from the step entries the payload already holds.
 */
export function RoadmapHeader({
  roadmapId,
  title,
  tagline,
  steps,
}: {
  roadmapId: string;
  title: string;
  tagline: string;
  steps: StepEntry[];
}) {
  return (
    <header className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title} roadmap</h1>
      <p className="mt-3 text-lg text-muted">{tagline}</p>
      <PathTotals steps={steps} className="mt-4 text-sm" />
      <p className="mt-2 text-sm">
        <Link
          href={roadmapAboutPath(roadmapId)}
          className="text-accent underline underline-offset-2"
        >
          About this roadmap
        </Link>
        : where it comes from, and how to take it
      </p>
    </header>
  );
}
