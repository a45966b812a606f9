import type { NextRequest } from 'next/server';

import { currentSession } from '@/lib/auth/session';
import { getAttempts } from '@/lib/checks/personal';
import { findTopic } from '@/lib/content';
import { cleanQueryValue } from '@/lib/http/query-value';
import { routeFailure } from '@/lib/http/route-failure';
import { refuseOverReadBudget } from '@/lib/rate-limit/reads';

const personal = { 'Cache-Control': 'private, no-store' };

export type LastResultResponse = {
  last: { correctCount: number; questionCount: number; answeredAt: string } | null;
};

/**
 * The signed-in learner's last result on one topic's knowledge check
 * (`?roadmap=<id>&topic=<id>`), for the static topic page to show. `last` is null for a visitor
 * and for a topic never checked; an unknown topic is a 404.
 */
export async function GET(request: NextRequest) {
  const refused = refuseOverReadBudget(request);
  if (refused) return refused;
  const params = request.nextUrl.searchParams;
  const found = findTopic(
    cleanQueryValue(params.get('roadmap'), 100),
    cleanQueryValue(params.get('topic'), 100),
  );
  if (!found) return Response.json({ error: 'No such topic.' }, { status: 404, headers: personal });
  try {
    const session = await currentSession();
    if (!session?.user)
      return Response.json({ last: null } satisfies LastResultResponse, { headers: personal });
    const [latest] = await getAttempts(session.user.id, {
      roadmapId: found.roadmap.id,
      topicId: found.topic.id,
    });
    const last = latest
      ? {
          correctCount: latest.correctCount,
          questionCount: latest.questionCount,
          answeredAt: latest.answeredAt.toISOString(),
        }
      : null;
    return Response.json({ last } satisfies LastResultResponse, { headers: personal });
  } catch (error) {
    return routeFailure(
      error,
      { route: '/api/me/checks', headers: request.headers },
      'Your check results are unavailable right now.',
    );
  }
}
