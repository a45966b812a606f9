import 'server-only';

import { isDatabaseUnreachable } from '@/lib/health/unreachable';
import { errorLine, requestIdOf, safeMessage } from '@/lib/log';

import { noStoreHeaders } from './no-store';
import { unavailableRetryAfterSeconds } from './status-page';

/**
 * A route handler's answer to an error it caught: logged as one line, then 503 with Retry-After
 * when the database is unreachable (try again soon), else 500 (a bug: retrying will not help).
 * The JSON says `message` either way; nothing of the error reaches the client.
 */
export function routeFailure(
  error: unknown,
  request: { route: string; headers: Headers },
  message: string,
): Response {
  console.error(
    errorLine({
      requestId: requestIdOf(Object.fromEntries(request.headers)),
      route: request.route,
      message: safeMessage(error),
    }),
  );
  const unreachable = isDatabaseUnreachable(error);
  return Response.json(
    { error: message },
    {
      status: unreachable ? 503 : 500,
      headers: {
        ...noStoreHeaders,
        ...(unreachable ? { 'Retry-After': String(unavailableRetryAfterSeconds) } : {}),
      },
    },
  );
}

/** Runs a route handler's work, answering anything it throws with {@link routeFailure}. */
export async function answerOrFail(
  request: { route: string; headers: Headers },
  message: string,
  answer: () => Promise<Response>,
): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    return routeFailure(error, request, message);
  }
}
