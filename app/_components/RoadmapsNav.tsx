'use client';

import type { Route } from 'next';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

type RoadmapLink = { href: Route; title: string };

/**
 * The header's roadmap links: in a row from 1024 px, in a native disclosure below, so they open by
 * keyboard and without JavaScript. Scripts only close the disclosure the way a menu is expected to
 * close: on Escape, on a click elsewhere, and after a link inside it has navigated (the header
 * outlives the page).
 */
export function RoadmapsNav({ roadmaps }: { roadmaps: RoadmapLink[] }) {
  const disclosure = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (disclosure.current) disclosure.current.open = false;
  }, [pathname]);

  useEffect(() => {
    const close = (event: Event) => {
      const details = disclosure.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(event.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, []);

  return (
    <nav aria-label="Roadmaps" className="shrink-0 text-sm">
      <details ref={disclosure} className="group relative lg:hidden">
        <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md px-2 py-1.5 text-ink hover:bg-accent-soft max-md:-ml-2 [&::-webkit-details-marker]:hidden">
          Roadmaps
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className="size-4 text-muted group-open:rotate-180"
          >
            <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
        </summary>
        <RoadmapList
          roadmaps={roadmaps}
          className="absolute left-0 z-20 mt-2 w-64 rounded-md border border-line bg-surface py-1 shadow-lg"
          linkClassName="block px-4 py-2 text-ink hover:bg-accent-soft"
        />
      </details>
      <RoadmapList
        roadmaps={roadmaps}
        className="hidden gap-x-3 lg:flex"
        linkClassName="whitespace-nowrap text-muted hover:text-ink"
      />
    </nav>
  );
}

function RoadmapList(props: { roadmaps: RoadmapLink[]; className: string; linkClassName: string }) {
  return (
    <ul className={props.className}>
      {props.roadmaps.map((roadmap) => (
        <li key={roadmap.href}>
          <Link href={roadmap.href} className={props.linkClassName}>
            {roadmap.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
