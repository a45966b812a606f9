import type { NextRequest } from 'next/server';

import { auth } from '@/auth';
import { isGitHubConfigured } from '@/lib/auth/github';
import { getRoadmap } from '@/lib/content';
import type { ProgressTree } from '@/lib/progress/local';
import { getProgressRows } from '@/lib/progress/queries';

export type MeUser = {
  id: string;
  name: string | null;
  login: string | null;
  image: string | null;
};
export type MeResponse =
  { signInAvailable: boolean; user: MeUser | null; progress: ProgressTree } | { error: string };

const personal = { 'Cache-Control': 'private, no-store' };

/**
 * Who is signed in and, with `?progress=<roadmap id>` or `?progress=all`, their progress: the one
 * small personal request behind otherwise static pages (one session lookup, one progress query).
 */
export async function GET(request: NextRequest) {
  const scope = request.nextUrl.searchParams.get('progress');
  const roadmapId = scope && scope !== 'all' ? getRoadmap(scope)?.id : undefined;
  try {
    const session = await auth();
    if (!session?.user) {
      return Response.json(
        { signInAvailable: isGitHubConfigured, user: null, progress: {} } satisfies MeResponse,
        {
          headers: personal,
        },
      );
    }
    const { name, login, image } = session.user;
    const rows =
      scope === 'all' || roadmapId ? await getProgressRows(session.user.id, roadmapId) : [];
    const progress: ProgressTree = {};
    for (const row of rows) {
      (progress[row.roadmapId] ??= {})[row.topicId] = {
        status: row.status,
        updatedAt: row.updatedAt.toISOString(),
      };
    }
    const user = { id: session.user.id, name: name ?? null, login, image: image ?? null };
    return Response.json(
      { signInAvailable: isGitHubConfigured, user, progress } satisfies MeResponse,
      { headers: personal },
    );
  } catch (error) {
    console.error(
      JSON.stringify({
        level: 'error',
        route: '/api/me',
        message: error instanceof Error ? error.message : String(error),
      }),
    );
    return Response.json({ error: 'Your account is unavailable right now.' } satisfies MeResponse, {
      status: 503,
      headers: personal,
    });
  }
}
