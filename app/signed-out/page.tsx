import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Signed out', robots: { index: false } };

/** Where signing out ends, so the learner knows it worked and what still works without an account. */
export default function SignedOutPage() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">You are signed out</h1>
      <p role="status" className="mt-4">
        Your progress and notes stay saved in your account. Sign in again to pick up where you left
        off.
      </p>
      <p className="mt-2 text-muted">
        Until then every roadmap stays open to read, and topics you mark are kept in this browser —
        added to your account the next time you sign in.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-accent underline underline-offset-2">
          Back to the roadmaps
        </Link>
      </p>
    </div>
  );
}
