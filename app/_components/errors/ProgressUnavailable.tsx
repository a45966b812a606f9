'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

import { progressUnavailableMessage } from '@/lib/messages';

/**
 * The error boundary of personal pages (dashboard, settings, notes, profiles): when the database
 * cannot be reached, the learner reads why and what still works, and can retry without reloading.
 */
export function ProgressUnavailable({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  // A server error is retried by fetching the page again, then clearing the boundary.
  const retry = () =>
    startRetry(() => {
      router.refresh();
      reset();
    });
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="text-3xl font-bold tracking-tight">Progress unavailable</h1>
      <p className="mt-4">{progressUnavailableMessage}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={retry}
          disabled={retrying}
          className="rounded-md bg-ink px-3 py-1.5 text-sm font-medium text-canvas"
        >
          {retrying ? 'Trying…' : 'Try again'}
        </button>
        <Link href="/" className="rounded-md border border-line px-3 py-1.5 text-sm">
          Read the roadmaps
        </Link>
      </div>
      {error.digest && (
        <p className="mt-6 text-xs text-muted">
          Reference: <code>{error.digest}</code>
        </p>
      )}
    </div>
  );
}
