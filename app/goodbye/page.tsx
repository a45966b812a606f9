import type { Metadata } from 'next';

import { FarewellPage } from '@/app/_components/FarewellPage';

export const metadata: Metadata = { title: 'Account deleted', robots: { index: false } };

export default function GoodbyePage() {
  return (
    <FarewellPage title="Your account was deleted">
      <p className="mt-4">
        Your Waymark account, its GitHub link, sessions, progress and history are gone. Every
        roadmap stays open to read, and you can sign in again at any time to start afresh.
      </p>
    </FarewellPage>
  );
}
