import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';

import { auth } from '@/lib/auth/config';
import { describeSignInError } from '@/lib/auth/errors';
import { isGitHubConfigured } from '@/lib/auth/github';
import { pathFromReferer, safeRedirectPath } from '@/lib/auth/redirect';
import { localTestSignIn, siteUrl } from '@/lib/env';

import { GitHubSignInButton } from '../_components/GitHubSignInButton';
import { SignInProblemNotice } from '../_components/SignInProblemNotice';
import { SignOutButton } from '../_components/SignOutButton';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default async function SignInPage({ searchParams }: PageProps<'/signin'>) {
  const { next, error } = await searchParams;
  const problem = describeSignInError(error);
  const requestHeaders = await headers();
  // Without JavaScript the header link cannot say where the reader was: the Referer can.
  const returnTo = safeRedirectPath(
    typeof next === 'string'
      ? next
      : pathFromReferer(requestHeaders.get('referer'), siteUrl.origin),
  );
  const session = await auth();

  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Sign in to Waymark</h1>
      {problem && <SignInProblemNotice problem={problem} />}
      {localTestSignIn && <LocalTestSignInNotice />}
      {session?.user ? (
        <>
          <p className="mt-4">
            You are signed in as <strong>{session.user.name ?? session.user.login}</strong>.
          </p>
          <p className="mt-6 flex flex-wrap items-center gap-4">
            <Link href="/dashboard" className="text-accent underline underline-offset-2">
              Go to your dashboard
            </Link>
            <SignOutButton />
          </p>
        </>
      ) : localTestSignIn ? (
        <div className="mt-6">
          <GitHubSignInButton redirectTo={returnTo} label="Choose a test learner" />
        </div>
      ) : isGitHubConfigured ? (
        <>
          <p className="mt-4 text-muted">
            Sign in with your GitHub account to save your progress across devices. Waymark reads
            your public GitHub name, login and avatar — no e-mail address, no repositories.
          </p>
          {returnTo === '/dashboard' && (
            <p className="mt-2 text-muted">
              Your dashboard lists the topics you are working on, your roadmaps, streaks and public
              profile. Without an account, the topics you mark are kept in this browser.
            </p>
          )}
          <div className="mt-6">
            <GitHubSignInButton redirectTo={returnTo} />
          </div>
        </>
      ) : (
        <div role="status" className="mt-6 rounded-lg border border-line bg-surface p-4">
          <h2 className="font-semibold">GitHub sign-in is not configured on this server</h2>
          <p className="mt-2 text-muted">
            Every roadmap and topic can still be read. To enable sign-in, whoever runs this site
            sets
            <code className="mx-1">AUTH_GITHUB_ID</code>and
            <code className="mx-1">AUTH_GITHUB_SECRET</code>
            from a GitHub OAuth app (see the README).
          </p>
        </div>
      )}
    </div>
  );
}

/** Under `npm run dev` without an OAuth app: say plainly that nobody signs in with GitHub here. */
function LocalTestSignInNotice() {
  return (
    <div role="note" className="mt-6 rounded-lg border-l-4 border-accent bg-accent-soft p-4">
      <h2 className="font-semibold">Local test sign-in — no GitHub account needed</h2>
      <p className="mt-1">
        This development server has no GitHub OAuth app, so sign-in goes through a stand-in for
        GitHub running on this machine: choose a test learner, or type any login. Sign in as a
        second learner in a private window to try two side by side.
      </p>
      <p className="mt-2 wrap-anywhere text-muted">
        To sign in with real GitHub, set
        <code className="mx-1">AUTH_GITHUB_ID</code>and
        <code className="mx-1">AUTH_GITHUB_SECRET</code>
        (see the README) and restart <code>npm run dev</code>.
      </p>
    </div>
  );
}
