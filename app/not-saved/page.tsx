import type { Metadata } from 'next';
import Link from 'next/link';

import { getRoadmap } from '@/lib/content';
import { parseRefusal, refusalMessage } from '@/lib/progress/not-saved';
import { roadmapPath, stepStatusPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Status not saved', robots: { index: false } };

/**
 * Where a step status page's form (the save without JavaScript) lands when a save is refused: it
 * says why and leads back to the form. Whatever the query holds, the page renders (unknown values are dropped).
 */
export default async function NotSavedPage({ searchParams }: PageProps<'/not-saved'>) {
  const params = await searchParams;
  const roadmap = typeof params.roadmap === 'string' ? getRoadmap(params.roadmap) : undefined;
  const step = roadmap?.steps.find((s) => s.topics.some((t) => t.id === params.topic));
  return (
    <article className="max-w-2xl">
      <h1 className="text-2xl font-bold">Your status was not saved</h1>
      <p role="alert" className="mt-4 font-medium">
        ⚠ {refusalMessage(parseRefusal(params))}
      </p>
      <p className="mt-4">
        {roadmap ? (
          <a
            href={step ? stepStatusPath(roadmap.id, step.id) : roadmapPath(roadmap.id)}
            className="text-accent underline underline-offset-2"
          >
            {step
              ? `Back to your statuses in “${step.title}”`
              : `Back to the ${roadmap.title} roadmap`}
          </a>
        ) : (
          <Link href="/" className="text-accent underline underline-offset-2">
            Go to the home page
          </Link>
        )}
      </p>
    </article>
  );
}
