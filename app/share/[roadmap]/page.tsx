import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { personalPage } from '@/app/_components/errors/personal';
import { CopyField } from '@/app/_components/forms/CopyField';
import { SignedInMarker } from '@/app/_components/SignedInMarker';
import { requireUser } from '@/lib/auth/session';
import { getRoadmap } from '@/lib/content';
import { siteUrl } from '@/lib/env';
import { roadmapPath, sharedRoadmapPath, sharePath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Share your progress', robots: { index: false } };

/** The link to a learner's shared view of a roadmap, or how to make it shareable. */
export default personalPage(async function SharePage({ params }: PageProps<'/share/[roadmap]'>) {
  const roadmap = getRoadmap((await params).roadmap);
  if (!roadmap) notFound();
  const user = await requireUser(sharePath(roadmap.id));

  return (
    <div className="max-w-xl">
      <SignedInMarker />
      <h1 className="text-3xl font-bold tracking-tight">Share your {roadmap.title} progress</h1>
      {user.profilePublic && user.login ? (
        <ShareLink url={new URL(sharedRoadmapPath(user.login, roadmap.id), siteUrl).href} />
      ) : (
        <p className="mt-4">
          Your profile is private, so there is nothing others could open yet.{' '}
          <Link
            href="/settings#profile-heading"
            className="text-accent underline underline-offset-2"
          >
            Make your profile public in Settings
          </Link>
          , then come back for the link.
        </p>
      )}
      <p className="mt-6">
        <Link href={roadmapPath(roadmap.id)} className="text-accent underline underline-offset-2">
          ← Back to the {roadmap.title} roadmap
        </Link>
      </p>
    </div>
  );
});

function ShareLink({ url }: { url: string }) {
  return (
    <>
      <p className="mt-4">Anyone with this link can see your progress on this roadmap:</p>
      <div className="mt-3 text-sm">
        <CopyField label="Link to share" value={url} />
      </div>
      <p className="mt-3">
        <a href={url} className="text-accent underline underline-offset-2">
          Open your shared view
        </a>
      </p>
    </>
  );
}
