import Link from 'next/link';

import { getRoadmaps } from '@/lib/content';
import { localTestSignIn } from '@/lib/env';
import { roadmapPath } from '@/lib/routes';

import { AccountMenu } from './AccountMenu';
import { RoadmapsNav } from './RoadmapsNav';
import { SearchForm } from './SearchForm';
import { ThemeToggle } from './ThemeToggle';

/**
 * One row from 768 px up; on a phone two: the logo and the account controls, then the roadmaps
 * and search. The source keeps the desktop order (logo, roadmaps, search, account); on a phone
 * `order-last` moves the roadmaps and search below. Nothing is dropped at any width: the roadmap
 * links fold into a disclosure (RoadmapsNav), the search button becomes a named magnifier.
 */
export function SiteHeader() {
  const roadmaps = getRoadmaps().map((roadmap) => ({
    href: roadmapPath(roadmap.id),
    title: roadmap.title,
  }));
  return (
    <header className="border-b border-line bg-surface" data-print="hide">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 md:flex-nowrap">
        <Link href="/" className="flex shrink-0 items-center gap-2 text-lg font-bold text-ink">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
            <rect width="32" height="32" rx="7" className="fill-accent" />
            <path
              d="M8 22 14 10l4 8 3-5 3 9"
              className="stroke-on-accent"
              fill="none"
              strokeWidth="2.5"
              strokeLinejoin="round"
              strokeLinecap="round"
            />
          </svg>
          Waymark
        </Link>
        {/* A row of its own on a phone; on wider screens its two children join the header's row. */}
        <div className="flex min-w-0 items-center gap-3 max-md:order-last max-md:basis-full md:contents">
          <RoadmapsNav roadmaps={roadmaps} />
          {/*
            For everyone, so it works without JavaScript and the header stays one static file:
            a visitor who follows it is asked to sign in, and told what the dashboard holds.
          */}
          <Link
            href="/dashboard"
            className="shrink-0 rounded-md px-2 py-1.5 text-sm whitespace-nowrap text-ink hover:bg-accent-soft"
          >
            Dashboard
          </Link>
          <SearchForm compact className="min-w-0 grow md:ml-auto md:w-56 md:grow-0" />
        </div>
        <div className="ml-auto flex shrink-0 items-center gap-2 md:ml-0">
          {localTestSignIn && (
            // Rendered with the page, not fetched: only `npm run dev` turns this on, and a
            // production build refuses it (lib/env.ts), so no prerendered page carries it.
            <span className="rounded-full border border-accent px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-accent">
              <span aria-hidden="true" className="sm:hidden">
                Test sign-in
              </span>
              <span className="max-sm:sr-only">Local test sign-in</span>
            </span>
          )}
          <ThemeToggle />
          <AccountMenu localTestSignIn={localTestSignIn} />
        </div>
      </div>
    </header>
  );
}
