import type { Route } from 'next';
import Link from 'next/link';

import type { Topic } from '@/lib/content';
import { roadmapPath, topicPath } from '@/lib/routes';

type TopicPagerProps = { roadmapId: string; previous?: Topic; next?: Topic };

export function TopicPager({ roadmapId, previous, next }: TopicPagerProps) {
  return (
    <nav
      aria-label="Previous and next topic"
      className="mt-12 grid gap-4 border-t border-line pt-6 sm:grid-cols-2"
      data-print="hide"
    >
      {previous ? (
        <PagerLink href={topicPath(roadmapId, previous.id)} rel="prev" label="Previous topic">
          ← {previous.title}
        </PagerLink>
      ) : (
        <span />
      )}
      {next ? (
        <PagerLink href={topicPath(roadmapId, next.id)} rel="next" label="Next topic" alignEnd>
          {next.title} →
        </PagerLink>
      ) : (
        <PagerLink href={roadmapPath(roadmapId)} label="You reached the end" alignEnd>
          Back to the roadmap →
        </PagerLink>
      )}
    </nav>
  );
}

type PagerLinkProps = {
  href: Route;
  label: string;
  rel?: 'prev' | 'next';
  alignEnd?: boolean;
  children: React.ReactNode;
};

function PagerLink({ href, label, rel, alignEnd = false, children }: PagerLinkProps) {
  return (
    <Link
      href={href}
      rel={rel}
      className={`rounded-lg border border-line p-4 hover:bg-accent-soft ${alignEnd ? 'sm:text-right' : ''}`}
    >
      <span className="block text-sm text-muted">{label}</span>
      <span className="font-medium">{children}</span>
    </Link>
  );
}
