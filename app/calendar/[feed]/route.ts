import type { NextRequest } from 'next/server';

import { calendarFeedOf } from '@/lib/calendar-feed/source';
import { noStoreHeaders } from '@/lib/http/no-store';
import { answerOrFail } from '@/lib/http/route-failure';
import { feedEventKey, hashFeedToken, tokenOfFeedSegment } from '@/lib/plan/feed-token';
import { feedOwner } from '@/lib/plan/queries';

const notFound = () =>
  new Response('No calendar feed has this address (it may have been regenerated).', {
    status: 404,
    headers: { ...noStoreHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });

/**
 * A learner's private calendar feed, found by the token in its URL (only its hash is stored).
 * Unknown, malformed and revoked tokens all get the same 404. Budgeted per address by the proxy.
 */
export async function GET(request: NextRequest, { params }: RouteContext<'/calendar/[feed]'>) {
  const token = tokenOfFeedSegment((await params).feed);
  if (!token) return notFound();
  return answerOrFail(
    { route: '/calendar/[feed]', headers: request.headers },
    'Your calendar feed is unavailable right now.',
    async () => {
      const tokenHash = hashFeedToken(token);
      const userId = await feedOwner(tokenHash);
      if (!userId) return notFound();
      return new Response(await calendarFeedOf(userId, feedEventKey(tokenHash)), {
        headers: {
          ...noStoreHeaders,
          'Content-Type': 'text/calendar; charset=utf-8',
          'Content-Disposition': 'inline; filename="waymark-study-plan.ics"',
          'X-Robots-Tag': 'noindex',
        },
      });
    },
  );
}
