'use client';

import Link from 'next/link';

import { ErrorReference } from '@/app/_components/errors/ErrorReference';

/**
 * Any page that failed with a bug (an unreachable database is answered by the page itself, see
 * app/_components/errors/personal.tsx): a branded page that says what the reader can do, with the
 * reference the server logged, and no detail that could leak.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="max-w-2xl" role="alert">
      <p className="text-sm font-semibold text-accent">Something went wrong</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">This page is unavailable right now</h1>
      <p className="mt-4 text-muted">
        Waymark could not load this page because of an error on our side. The roadmaps and topics
        can still be read, and nothing you saved is lost. If it happens again, please report it with
        the reference below.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-ink px-3 py-1.5 text-sm font-medium text-canvas"
        >
          Try again
        </button>
        <Link href="/" className="rounded-md border border-line px-3 py-1.5 text-sm">
          Go to the roadmaps
        </Link>
      </div>
      <ErrorReference digest={error.digest} />
    </div>
  );
}
