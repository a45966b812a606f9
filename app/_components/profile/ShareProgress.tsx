'use client';

import Link from 'next/link';
import { useState } from 'react';

import { sharedRoadmapPath, sharePath } from '@/lib/routes';

import { useLearner } from '../progress/learnerStore';

/**
 * "Share my progress" on a roadmap page. The server renders a link to the share page, which works
 * without JavaScript; in the browser, a learner with a public profile gets a button that copies
 * the link (and shows it, in case the clipboard is unavailable).
 */
export function ShareProgress({ roadmapId }: { roadmapId: string }) {
  const { phase, user } = useLearner();
  const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);

  if (phase === 'loading') {
    // Only for readers without JavaScript: with it, nothing shows until the session is known,
    // so a reader's page never shifts when the link would disappear.
    return (
      <p className="nojs-only mt-4 text-sm" data-print="hide">
        <Link href={sharePath(roadmapId)} className="text-accent underline underline-offset-2">
          Share your progress
        </Link>
      </p>
    );
  }
  if (!user?.login) return null;
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
