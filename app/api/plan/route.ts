import type { NextRequest } from 'next/server';

import { getRoadmap } from '@/lib/content';
import { learnerJson } from '@/lib/http/learner-json';
import { noStoreHeaders } from '@/lib/http/no-store';
import { cleanQueryValue } from '@/lib/http/query-value';
import { getPlanState, learnerToday } from '@/lib/plan/queries';
import type { PlanResponse } from '@/lib/plan/state';

/**
 * The signed-in learner's plan and logged time for `?roadmap=<id>`: what the roadmap and topic
 * pages (static) show at their top once they load. A visitor gets `{ plan: null }`.
 */
export async function GET(request: NextRequest) {
  const roadmap = getRoadmap(cleanQueryValue(request.nextUrl.searchParams.get('roadmap'), 100));
  if (!roadmap) {
    return Response.json(
      { error: 'roadmap: no such roadmap.' },
      { status: 404, headers: noStoreHeaders },
    );
  }
  return learnerJson<PlanResponse>(
    { route: '/api/plan', headers: request.headers },
    'Your study plan is unavailable right now.',
    { plan: null },
    async (userId) => ({
      plan: await getPlanState(userId, roadmap.id, await learnerToday(userId)),
    }),
  );
}
