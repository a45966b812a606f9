import Link from 'next/link';

import type { PublicProfile } from '@/lib/profile/queries';
import { profilePath } from '@/lib/routes';

/** Avatar, name and login at the top of a learner's public pages. */
export function ProfileHeader({
  profile,
  subtitle,
}: {
  profile: PublicProfile;
  subtitle?: string;
}) {
  return (
    <header className="flex items-center gap-4">
      {profile.image && (
        // A GitHub avatar at its final size: next/image would only proxy it through this server.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={profile.image}
          alt=""
          width={64}
          height={64}
          className="size-16 rounded-full border border-line"
        />
      )}
      <div>
        <h1 className="text-3xl font-bold tracking-tight">
          {subtitle ? `${profile.name}: ${subtitle}` : profile.name}
        </h1>
        <p className="text-sm text-muted">
          <Link href={profilePath(profile.login)} className="hover:underline">
            @{profile.login}
          </Link>{' '}
          · learning on Waymark
        </p>
      </div>
    </header>
  );
}
