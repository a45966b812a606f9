import type { Metadata } from 'next';
import Link from 'next/link';

import { SearchForm } from './_components/SearchForm';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
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
