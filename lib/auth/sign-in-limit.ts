import 'server-only';

import type { NextRequest } from 'next/server';

import { noStoreHeaders } from '@/lib/http/no-store';
import { errorLine, requestIdOf, safeMessage } from '@/lib/log';
import { checkSignInRate } from '@/lib/rate-limit/check';

import { SIGN_IN_RATE_LIMITED } from './errors';

type AuthHandler = (request: NextRequest) => Promise<Response>;

const isCallback = (request: NextRequest) =>
  request.nextUrl.pathname.startsWith('/api/auth/callback/');

/**
 * Auth.js's route handler with a per-address limit on OAuth callbacks, the request that writes a
 * session (and, the first time, a user). A callback past the limit writes nothing: it goes to the
 * sign-in error page, which says to wait, with a Retry-After. When the counter itself cannot be
 * reached, the callback goes ahead: Auth.js then needs the same database and reports its own
 * failure the usual way.
 */
export function limitSignIns(handler: AuthHandler): AuthHandler {
  return async (request) => {
    if (!isCallback(request)) return handler(request);
    let retryAfterSeconds: number | undefined;
    try {
      const verdict = await checkSignInRate(request.headers);
      if (!verdict.allowed) retryAfterSeconds = verdict.retryAfterSeconds;
    } catch (error) {
      console.error(
        errorLine({
          requestId: requestIdOf(Object.fromEntries(request.headers)),
          route: '/api/auth/callback',
          stage: 'sign-in rate limit',
          message: safeMessage(error),
        }),
      );
    }
    if (retryAfterSeconds === undefined) return handler(request);
    return new Response(null, {
      status: 303,
      headers: {
        Location: `/signin/error?error=${SIGN_IN_RATE_LIMITED}`,
        'Retry-After': String(retryAfterSeconds),
        ...noStoreHeaders,
      },
    });
  };
}
