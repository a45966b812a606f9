import type { NextRequest } from 'next/server';

import { currentSession } from '@/lib/auth/session';
import { getRoadmap } from '@/lib/content';
import { cleanQueryValue } from '@/lib/http/query-value';
import { routeFailure } from '@/lib/http/route-failure';
import { getPlanState, learnerToday } from '@/lib/plan/queries';
import type { PlanResponse } from '@/lib/plan/state';
import { refuseOverReadBudget } from '@/lib/rate-limit/reads';

const personal = { 'Cache-Control': 'private, no-store' };

/**
 * The signed-in learner's plan and logged time for `?roadmap=<id>`: what the roadmap and topic
 * pages (static) show at their top once they load. A visitor gets `{ plan: null }`.
 */
export async function GET(request: NextRequest) {
  const refused = refuseOverReadBudget(request);
  if (refused) return refused;
  const roadmap = getRoadmap(cleanQueryValue(request.nextUrl.searchParams.get('roadmap'), 100));
  if (!roadmap) {
    return Response.json(
      { error: 'roadmap: no such roadmap.' },
      { status: 404, headers: personal },
    );
  }
  try {
    const session = await currentSession();
    if (!session?.user)
      return Response.json({ plan: null } satisfies PlanResponse, { headers: personal });
    const today = await learnerToday(session.user.id);
    const plan = await getPlanState(session.user.id, roadmap.id, today);
    return Response.json({ plan } satisfies PlanResponse, { headers: personal });
  } catch (error) {
    return routeFailure(
      error,
      { route: '/api/plan', headers: request.headers },
      'Your study plan is unavailable right now.',
    );
  }
}
