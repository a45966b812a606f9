import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Breadcrumbs } from '@/app/_components/Breadcrumbs';
import { Markdown } from '@/app/_components/Markdown';
import { getRoadmap } from '@/lib/content';
import { roadmapAboutPath, roadmapPath } from '@/lib/routes';

import { everyRoadmap, roadmapMetadata } from '../roadmap-pages';

export const dynamicParams = false;

export const generateStaticParams = everyRoadmap;

export const generateMetadata = roadmapMetadata((roadmap) => ({
  title: `About the ${roadmap.title} roadmap`,
  description: `Where the ${roadmap.title} roadmap comes from, what it covers and how to take it.`,
  url: roadmapAboutPath(roadmap.id),
}));

/**
 * A roadmap's introduction: what the field is, where the roadmap comes from and how to take it.
 * Its own page, linked from the roadmap's header, so the roadmap page (which has a size budget)
 * carries the path itself, and the introduction prints in full.
 */
export default async function RoadmapAboutPage({ params }: PageProps<'/roadmaps/[roadmap]/about'>) {
  const roadmap = getRoadmap((await params).roadmap);
  if (!roadmap) notFound();
  return (
    <article className="max-w-3xl">
      <Breadcrumbs
        trail={[
          { label: 'Home', href: '/' },
          { label: roadmap.title, href: roadmapPath(roadmap.id) },
          { label: 'About' },
        ]}
      />
      <h1 className="mt-4 text-3xl font-bold tracking-tight">About the {roadmap.title} roadmap</h1>
      <div className="mt-6">
        <Markdown>{roadmap.intro}</Markdown>
      </div>
      <p className="mt-8">
        <Link
          href={roadmapPath(roadmap.id)}
          className="font-medium text-accent underline underline-offset-2"
        >
          Go to the roadmap →
        </Link>
      </p>
    </article>
  );
}
