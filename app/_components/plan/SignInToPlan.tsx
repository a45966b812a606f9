import Link from 'next/link';

import { roadmapPath, signInPath, topicPath } from '@/lib/routes';

const linkClass = 'text-accent underline underline-offset-2';

/**
 * The invitation to plan, for readers without JavaScript: their browser cannot keep a pace
 * for them, so an account is the way to plan.
 */
export function SignInToPlan({ roadmapId, className }: { roadmapId: string; className: string }) {
  return (
    <p className={className}>
      <Link href={signInPath(roadmapPath(roadmapId))} className={linkClass}>
        Sign in to plan your own pace
      </Link>{' '}
      — your hours a week, your study days and a target date — and see what to study this week.
    </p>
  );
}

/**
 * For a visitor whose plan works in this browser: what is kept where, and sign-in offered for
 * what it adds (the plan on every device; this browser's plan joins the account), not for what
 * already works. One line, under the plan it speaks of.
 */
export function SignInToKeepPlan({ roadmapId }: { roadmapId: string }) {
  return (
    <p className="mt-1 text-sm text-muted">
      Kept in this browser, no account needed.{' '}
      <Link href={signInPath(roadmapPath(roadmapId))} className={linkClass}>
        Sign in to keep it on every device
      </Link>
      .
    </p>
  );
}

/**
 * For a visitor on a topic page: what already works without an account (the status, kept in
 * this browser), and sign-in offered for what needs one (the time log), losing nothing.
 */
export function SignInToLogTime({ roadmapId, topicId }: { roadmapId: string; topicId: string }) {
  return (
    <p className="mt-4 text-sm text-muted" data-print="hide" data-testid="time-log-visitor">
      Your status on this topic is kept in this browser, no account needed. Logging study time needs
      one:{' '}
      <Link href={signInPath(topicPath(roadmapId, topicId))} className={linkClass}>
        sign in to log time
      </Link>
      , and what this browser keeps joins your account.
    </p>
  );
}
