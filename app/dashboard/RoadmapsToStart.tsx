import Link from 'next/link';

import { PathTotals } from '@/app/_components/PathTotals';
import type { Roadmap } from '@/lib/content';
import { roadmapPath, topicPath } from '@/lib/routes';

/** The roadmaps the learner has not started yet, each with its first topic to begin with. */
export function RoadmapsToStart({ roadmaps }: { roadmaps: Roadmap[] }) {
  if (roadmaps.length === 0) return null;
  return (
    <section aria-labelledby="not-started-heading" className="mt-8">
      <h2 id="not-started-heading" className="text-xl font-semibold">
        Not started yet
      </h2>
      <ul className="mt-3 space-y-3">
        {roadmaps.map((roadmap) => {
          const first = roadmap.steps.find((step) => step.topics.length > 0)?.topics[0];
          return (
            <li key={roadmap.id} className="rounded-lg border border-line bg-surface p-4">
              <Link
                href={roadmapPath(roadmap.id)}
                className="font-semibold text-accent underline underline-offset-2"
              >
                {roadmap.title}
              </Link>
              <p className="mt-1 text-sm text-muted">{roadmap.tagline}</p>
              <PathTotals steps={roadmap.steps} className="mt-1 text-sm text-muted" />
              {first && (
                <p className="mt-1 text-sm">
                  Start with{' '}
                  <Link
                    href={topicPath(roadmap.id, first.id)}
                    className="text-accent underline underline-offset-2"
                  >
                    {first.title}
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
