'use client';

import './globals.css';

import { ErrorReference } from '@/app/_components/errors/ErrorReference';

/**
 * The last resort, when even the layout failed: it replaces the whole document, so it brings its
 * own <html> and keeps to plain markup that cannot fail again.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col items-center justify-center p-6 font-sans">
        <main className="max-w-xl" role="alert">
          <p className="text-sm font-semibold text-accent">Waymark</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight">Something went wrong</h1>
          <p className="mt-4">
            Waymark could not show this page. Please reload in a moment; nothing you saved is lost.
          </p>
          <p className="mt-6">
            {/* A full page load, not client navigation: the app shell itself failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="underline underline-offset-2">
              Go to the home page
            </a>
          </p>
          <ErrorReference digest={error.digest} />
        </main>
      </body>
    </html>
  );
}
