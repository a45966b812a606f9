import Link from 'next/link';

import { getRoadmaps } from '@/lib/content';
import { localTestSignIn } from '@/lib/env';
import { roadmapPath } from '@/lib/routes';

import { AccountMenu } from './AccountMenu';
import { RoadmapsNav } from './RoadmapsNav';
import { SearchForm } from './SearchForm';
import { ThemeToggle } from './ThemeToggle';

/**
 * The source keeps the desktop order (logo, roadmaps, search, account); on a phone the roadmaps
 * and search move to a second row. Nothing is dropped at any width: the roadmap links fold into a
 * disclosure (RoadmapsNav), the search button becomes a named magnifier. Styled by the site
 * chrome classes in globals.css, which say how the row folds.
 */
export function SiteHeader() {
  const roadmaps = getRoadmaps().map((roadmap) => ({
    href: roadmapPath(roadmap.id),
    title: roadmap.title,
  }));
  return (
    <header className="site-header" data-print="hide">
      <div>
        <Link href="/" className="logo">
          Waymark
        </Link>
        <div className="header-nav">
          <RoadmapsNav roadmaps={roadmaps} />
          {/*
            For everyone, so it works without JavaScript and the header stays one static file:
            a visitor who follows it is asked to sign in, and told what the dashboard holds.
          */}
          <Link href="/dashboard" className="header-link">
            Dashboard
          </Link>
          <SearchForm compact />
        </div>
        <div className="header-end">
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
