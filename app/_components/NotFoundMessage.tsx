'use client';

import Link from 'next/link';

import { SearchForm } from './SearchForm';

/**
 * The 404 page's content (app/not-found.tsx). A client component only for its size: Next writes
 * the root not-found tree into the layout's RSC payload of every page, in case one calls
 * notFound(); as a client component that tree is one reference, and its markup ships once, in a
 * cached script. It is still rendered on the server, so the 404 page works without JavaScript.
 */
export function NotFoundMessage() {
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">This page is not on the map</h1>
      <p className="mt-4 text-muted">
        The roadmap or topic you asked for does not exist — the link may be mistyped, or the topic
        may have moved. Search for it, or start from one of the roadmaps.
      </p>
      <SearchForm id="not-found-search" className="mt-6" />
      <p className="mt-6">
        <Link href="/" className="text-accent underline underline-offset-2">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
