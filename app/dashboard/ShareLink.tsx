import Link from 'next/link';

import { sharePath } from '@/lib/routes';

/**
 * A started roadmap's way to the share page. The roadmap page's share button needs JavaScript
 * (a static page cannot tell a learner from a visitor); this one works everywhere.
 */
export function ShareLink({ roadmapId, title }: { roadmapId: string; title: string }) {
  return (
    <p className="mt-2 text-sm">
      <Link href={sharePath(roadmapId)} className="text-accent underline underline-offset-2">
        Share your progress<span className="sr-only"> on {title}</span>
      </Link>
    </p>
  );
}
