import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Account deleted', robots: { index: false } };

export default function GoodbyePage() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Your account was deleted</h1>
      <p className="mt-4">
        Your Waymark account, its GitHub link, sessions, progress and history are gone. Every
        roadmap stays open to read, and you can sign in again at any time to start afresh.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-accent underline underline-offset-2">
          Back to the roadmaps
        </Link>
      </p>
    </div>
  );
}
