import 'server-only';

import { currentSession } from '@/lib/auth/session';

import { noStoreHeaders } from './no-store';
import { answerOrFail } from './route-failure';

/**
 * The JSON a static page fetches to fill in its personal parts: `visitor` without a session, else
 * what `forLearner` makes for the signed-in learner. Never cached; an error is answered as
 * {@link answerOrFail} does.
 */
export function learnerJson<Body>(
  request: { route: string; headers: Headers },
  unavailable: string,
  visitor: Body,
  forLearner: (userId: string) => Promise<Body>,
): Promise<Response> {
  return answerOrFail(request, unavailable, async () => {
    const session = await currentSession();
    const body = session?.user ? await forLearner(session.user.id) : visitor;
    return Response.json(body, { headers: noStoreHeaders });
  });
}
