import Link from 'next/link';

import { profilePath } from '@/lib/routes';

/** The learner's public profile, or where to make one. */
export function ProfileLink({ login, isPublic }: { login: string | null; isPublic: boolean }) {
  return (
    <p className="mt-2 text-sm" data-testid="profile-link">
      {isPublic && login ? (
        <Link href={profilePath(login)} className="text-accent underline underline-offset-2">
          Your public profile
        </Link>
      ) : (
        <>
          Your profile is private.{' '}
          <Link
            href="/settings#profile-heading"
            className="text-accent underline underline-offset-2"
          >
            Make a public profile in Settings
          </Link>
        </>
      )}
    </p>
  );
}
