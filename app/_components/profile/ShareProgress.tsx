'use client';

import Link from 'next/link';

import { sharedRoadmapPath } from '@/lib/routes';

import { useClipboard } from '../forms/useClipboard';
import { useLearner } from '../progress/learnerStore';

/**
 * "Share my progress" on a roadmap page, for signed-in learners: with a public profile, a button
 * that copies the link and says so aloud (and shows it, in case the clipboard is unavailable).
 */
export function ShareProgress({ roadmapId }: { roadmapId: string }) {
  const { phase, user } = useLearner();
  const { copied, copy } = useClipboard();

  // Until the session is known (and always without JavaScript, where the static page cannot tell
  // a learner from a visitor) nothing shows: a visitor must not be offered to share what they
  // do not have. Without JavaScript, learners find the share link on their dashboard.
  if (phase !== 'ready' || !user?.login) return null;
  if (!user.profilePublic) {
    return (
      <p className="mt-3 text-sm text-muted" data-print="hide">
        To share your progress,{' '}
        <Link href="/settings#profile-heading" className="text-accent underline underline-offset-2">
          make your profile public
        </Link>
        .
      </p>
    );
  }

  const login = user.login;
  return (
    <div className="mt-3 text-sm" data-print="hide">
      <button
        type="button"
        onClick={() =>
          void copy(new URL(sharedRoadmapPath(login, roadmapId), window.location.origin).href)
        }
        className="rounded-md border border-line px-3 py-1.5 hover:bg-accent-soft"
      >
        Share my progress
      </button>
      {/* Present before it speaks, so that screen readers announce what it says. */}
      <p role="status" aria-live="polite" className="mt-2">
        {copied && (
          <>
            {copied.ok ? 'Link copied: ' : 'Copy this link: '}
            <a href={copied.text} className="break-all text-accent underline underline-offset-2">
              {copied.text}
            </a>
          </>
        )}
      </p>
    </div>
  );
}
