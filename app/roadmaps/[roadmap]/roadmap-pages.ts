import type { Metadata, Route } from 'next';

import { defaultOpenGraph } from '@/app/_components/brand';
import { getRoadmaps, type Roadmap } from '@/lib/content';

/** One page per roadmap in content/: the params the roadmap page and its introduction prerender. */
export const everyRoadmap = () => getRoadmaps().map((roadmap) => ({ roadmap: roadmap.id }));

/** A page about a whole roadmap: its own title and URL, the roadmap's description for previews. */
export function roadmapPageMetadata(roadmap: Roadmap, title: string, url: Route): Metadata {
  const { description } = roadmap;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { ...defaultOpenGraph, title, description, url },
  };
}
