import Link from 'next/link';

import { roadmapPath, signInPath } from '@/lib/routes';

/** The invitation to plan, for readers who are not signed in. */
export function SignInToPlan({ roadmapId, className }: { roadmapId: string; className: string }) {
  return (
    <p className={className}>
      <Link
        href={signInPath(roadmapPath(roadmapId))}
        className="text-accent underline underline-offset-2"
      >
        Sign in to plan your own pace
      </Link>{' '}
      — your hours a week, your study days and a target date — and see what to study this week.
    </p>
  );
}
