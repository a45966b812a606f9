'use client';

import type { Route } from 'next';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

type RoadmapLink = { href: Route; title: string };

/**
 * The header's roadmap links: one native disclosure, so they open by keyboard and without
 * JavaScript, which CSS shows as a row of links from 1280 px (`.roadmaps` in globals.css).
 * Scripts only close the disclosure the way a menu is expected to close: on Escape, on a click
 * elsewhere, and after a link inside it has navigated (the header outlives the page).
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
    <nav aria-label="Roadmaps" className="roadmaps">
      <details ref={disclosure}>
        <summary>Roadmaps</summary>
        <ul>
          {roadmaps.map((roadmap) => (
            <li key={roadmap.href}>
              <Link href={roadmap.href}>{roadmap.title}</Link>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
