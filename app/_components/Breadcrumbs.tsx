import type { Route } from 'next';
import Link from 'next/link';

import type { Roadmap, Step, Topic } from '@/lib/content';
import { roadmapPath, stepPath, topicPath } from '@/lib/routes';

type Crumb = { label: string; href?: Route };

/** The trail from home to the current page; the last crumb is the page itself. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted" data-print="hide">
      <ol className="flex flex-wrap gap-1">
        {trail.map((crumb, index) => (
          <li key={crumb.label}>
            {crumb.href ? (
              <Link href={crumb.href} className="underline-offset-2 hover:text-ink hover:underline">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
            {index < trail.length - 1 && <span aria-hidden="true"> / </span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The trail to a page below a roadmap's step or topic: home, roadmap, that step or topic, page. */
function trailBelow(roadmap: Pick<Roadmap, 'id' | 'title'>, parent: Crumb, title: string): Crumb[] {
  return [
    { label: 'Home', href: '/' },
    { label: roadmap.title, href: roadmapPath(roadmap.id) },
    parent,
    { label: title },
  ];
}

/** The trail to a page inside a step (a topic or the step's project): home, roadmap, step, page. */
export const stepItemTrail = (
  roadmap: Pick<Roadmap, 'id' | 'title'>,
  step: Pick<Step, 'id' | 'title'>,
  title: string,
) => trailBelow(roadmap, { label: step.title, href: stepPath(roadmap.id, step.id) }, title);

/** The trail to a learner's own page about a topic (their note, their review). */
export const topicItemTrail = (
  roadmap: Pick<Roadmap, 'id' | 'title'>,
  topic: Pick<Topic, 'id' | 'title'>,
  title: string,
) => trailBelow(roadmap, { label: topic.title, href: topicPath(roadmap.id, topic.id) }, title);
