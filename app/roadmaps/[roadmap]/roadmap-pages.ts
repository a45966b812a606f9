import type { Metadata } from 'next';

import { readerPageMetadata } from '@/app/_components/brand';
import { getRoadmap, getRoadmaps, type Roadmap } from '@/lib/content';

/** One page per roadmap in content/: the params the roadmap page and its introduction prerender. */
export const everyRoadmap = () => getRoadmaps().map((roadmap) => ({ roadmap: roadmap.id }));

/** `generateMetadata` for a page about a whole roadmap; an unknown roadmap has none (a 404). */
export const roadmapMetadata =
  (page: (roadmap: Roadmap) => Parameters<typeof readerPageMetadata>[0]) =>
  async ({ params }: { params: Promise<{ roadmap: string }> }): Promise<Metadata> => {
    const roadmap = getRoadmap((await params).roadmap);
    return roadmap ? readerPageMetadata(page(roadmap)) : {};
  };
