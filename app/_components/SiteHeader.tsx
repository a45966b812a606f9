import Link from 'next/link';

import { getRoadmaps } from '@/lib/content';
import { localTestSignIn } from '@/lib/env';
import { roadmapPath } from '@/lib/routes';

import { AccountMenu } from './AccountMenu';
import { SearchForm } from './SearchForm';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface" data-print="hide">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-ink">
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
        <nav aria-label="Roadmaps" className="order-last w-full text-sm lg:order-none lg:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {getRoadmaps().map((roadmap) => (
              <li key={roadmap.id}>
                <Link href={roadmapPath(roadmap.id)} className="text-muted hover:text-ink">
                  {roadmap.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm className="order-last w-full sm:order-none sm:ml-auto sm:w-auto" />
        <div className="ml-auto flex items-center gap-3 sm:ml-0">
          <ThemeToggle />
          {localTestSignIn && (
            // Rendered with the page, not fetched: only `npm run dev` turns this on, and a
            // production build refuses it (lib/env.ts), so no prerendered page carries it.
            <span className="rounded-full border border-accent px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-accent">
              Local test sign-in
            </span>
          )}
          <AccountMenu localTestSignIn={localTestSignIn} />
        </div>
      </div>
    </header>
  );
}
