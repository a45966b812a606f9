import Link from 'next/link';

import { topicPath } from '@/lib/routes';

/** "Next up: <topic>" for a roadmap in progress, or what to say once every topic is complete. */
export function NextUp({
  roadmapId,
  next,
  allComplete,
}: {
  roadmapId: string;
  next: { id: string; title: string } | undefined;
  allComplete: string;
}) {
  return (
    <p className="mt-2 text-sm">
      {next ? (
        <>
          Next up:{' '}
          <Link
            href={topicPath(roadmapId, next.id)}
            className="font-medium text-accent underline underline-offset-2"
          >
            {next.title}
          </Link>
        </>
      ) : (
        allComplete
      )}
    </p>
  );
}
