import type { Metadata } from 'next';

import { FarewellPage } from '@/app/_components/FarewellPage';

export const metadata: Metadata = { title: 'Signed out', robots: { index: false } };

/** Where signing out ends, so the learner knows it worked and what still works without an account. */
export default function SignedOutPage() {
  return (
    <FarewellPage title="You are signed out">
      <p role="status" className="mt-4">
        Your progress and notes stay saved in your account. Sign in again to pick up where you left
        off.
      </p>
      <p className="mt-2 text-muted">
        Until then every roadmap stays open to read, and topics you mark are kept in this browser —
        added to your account the next time you sign in.
      </p>
    </FarewellPage>
  );
}
