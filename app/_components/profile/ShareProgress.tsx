'use client';

import Link from 'next/link';
import { useState } from 'react';

import { sharedRoadmapPath } from '@/lib/routes';

import { useLearner } from '../progress/learnerStore';

/**
 * "Share my progress" on a roadmap page, for signed-in learners: with a public profile, a button
 * that copies the link (and shows it, in case the clipboard is unavailable).
 */
export function ShareProgress({ roadmapId }: { roadmapId: string }) {
  const { phase, user } = useLearner();
  const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);

  // Until the session is known (and always without JavaScript, where the static page cannot tell
  // a learner from a visitor) nothing shows: a visitor must not be offered to share what they
  // do not have. Without JavaScript, learners find the share link on their dashboard.
  if (phase !== 'ready' || !user?.login) return null;
  if (!user.profilePublic) {
    return (
      <p className="mt-4 text-sm text-muted" data-print="hide">
        To share your progress,{' '}
        <Link href="/settings#profile-heading" className="text-accent underline underline-offset-2">
          make your profile public
        </Link>
        .
      </p>
    );
  }

  async function copyLink(login: string) {
    const url = new URL(sharedRoadmapPath(login, roadmapId), window.location.origin).href;
    const ok = await navigator.clipboard.writeText(url).then(
      () => true,
      () => false,
    );
    setCopied({ url, ok });
  }

  return (
    <div className="mt-4 text-sm" data-print="hide">
      <button
        type="button"
        onClick={() => void copyLink(user.login!)}
        className="rounded-md border border-line px-3 py-1.5 hover:bg-accent-soft"
      >
        Share my progress
      </button>
      {copied && (
        <p role="status" className="mt-2">
          {copied.ok ? 'Link copied: ' : 'Copy this link: '}
          <a href={copied.url} className="break-all text-accent underline underline-offset-2">
            {copied.url}
          </a>
        </p>
      )}
    </div>
  );
}
