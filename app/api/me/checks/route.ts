import type { NextRequest } from 'next/server';

import { getReviewCards } from '@/lib/checks/cards';
import type { LastResultResponse } from '@/lib/checks/last-result';
import { getAttempts, getDraw } from '@/lib/checks/personal';
import { findTopic } from '@/lib/content';
import { learnerJson } from '@/lib/http/learner-json';
import { noStoreHeaders } from '@/lib/http/no-store';
import { cleanQueryValue } from '@/lib/http/query-value';

/**
 * The signed-in learner's last result on one topic's knowledge check, the day its review is due
 * and the questions their next attempt asks (`?roadmap=<id>&topic=<id>`), for the static topic
 * page to show. `last` and `reviewDueOn` are null for a visitor and for a topic never checked,
 * `draw` null for a visitor; an unknown topic is a 404.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const found = findTopic(
    cleanQueryValue(params.get('roadmap'), 100),
    cleanQueryValue(params.get('topic'), 100),
  );
  if (!found)
    return Response.json({ error: 'No such topic.' }, { status: 404, headers: noStoreHeaders });
  return learnerJson<LastResultResponse>(
    { route: '/api/me/checks', headers: request.headers },
    'Your check results are unavailable right now.',
    { last: null, reviewDueOn: null, draw: null },
    async (userId) => {
      const scope = { roadmapId: found.roadmap.id, topicId: found.topic.id };
      const [[latest], [card], draw] = await Promise.all([
        getAttempts(userId, scope),
        getReviewCards(userId, scope),
        getDraw(userId, found.roadmap.id, found.topic.id),
      ]);
      const last = latest
        ? {
            correctCount: latest.correctCount,
            questionCount: latest.questionCount,
            answeredAt: latest.answeredAt.toISOString(),
          }
        : null;
      return { last, reviewDueOn: card?.dueOn ?? null, draw };
    },
  );
}
