import { NextResponse, type NextRequest } from 'next/server';

import { isWellFormedSessionToken, sessionCookieNames } from '@/lib/auth/session-token';
import { contentSecurityPolicy } from '@/lib/csp';
import { productionBuild } from '@/lib/env';
import { databaseIsReachable } from '@/lib/health/database';
import { noStore } from '@/lib/http/no-store';
import { judgePath } from '@/lib/http/request-path';
import {
  statusPageHtml,
  statusPages,
  unavailableRetryAfterSeconds,
  type StatusPage,
} from '@/lib/http/status-page';
import { refuseOverReadBudget } from '@/lib/rate-limit/reads';
import { perRequestKinds, routeOf } from '@/lib/route-table';
import { bootScript } from '@/lib/theme';

let bootScriptHash: Promise<string> | undefined;

/** The CSP hash source of the inline theme script, the one inline script Waymark writes. */
function hashOfBootScript(): Promise<string> {
  bootScriptHash ??= crypto.subtle
    .digest('SHA-256', new TextEncoder().encode(bootScript))
    .then((digest) => `'sha256-${Buffer.from(digest).toString('base64')}'`);
  return bootScriptHash;
}

function statusResponse(page: StatusPage, headers: Record<string, string> = {}) {
  return new NextResponse(statusPageHtml(page), {
    status: page.status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': noStore, ...headers },
  });
}

/** Next's server action ids: 42 hexadecimal characters (a type byte, then the hash). */
const actionId = /^[0-9a-f]{42}$/;

/** Next's limit on a server action's body (`serverActions.bodySizeLimit`, 1 MB by default). */
const MAX_WRITE_BYTES = 1024 * 1024;

/**
 * A write Next would fail on with a 500 instead of refusing: too large, an action sent in another
 * content type, or action arguments that are not the JSON array Next's client sends.
 */
async function refuseUnreadableWrite(request: NextRequest, action: string | null) {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_WRITE_BYTES) {
    return statusPages.tooLarge;
  }
  if (action === null) return undefined;
  const type = request.headers.get('content-type') ?? '';
  if (/^multipart\/form-data\b/i.test(type)) return undefined;
  if (!/^text\/plain\b/i.test(type)) return statusPages.unreadableWrite;
  const body = await request.clone().text();
  if (body.length > MAX_WRITE_BYTES) return statusPages.tooLarge;
  try {
    return Array.isArray(JSON.parse(body)) ? undefined : statusPages.unreadableWrite;
  } catch {
    return statusPages.unreadableWrite;
  }
}

/** A form post or action call whose Origin is another site (Next would refuse it with a 500). */
function isCrossSiteWrite(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  if (request.method !== 'POST' || origin === null) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed or privacy-stripped origin) or garbage
  }
}

async function withNonce(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy({
    // A production build never needs 'unsafe-eval' (only `next dev` does), whatever NODE_ENV says.
    production: productionBuild,
    scripts: [`'nonce-${nonce}'`, await hashOfBootScript()],
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

/**
 * The edge of the app: a malformed path, a read over its address's budget, a cross-site write or
 * a page that needs the database while it is down gets a clear answer here, before any page or
 * query sees the request; per-request pages get a fresh CSP nonce, which Next puts on its own
 * inline scripts.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const verdict = judgePath(pathname);
  if (verdict === 'bad-request') return statusResponse(statusPages.badRequest);
  if (verdict === 'not-found') return statusResponse(statusPages.notFound);
  const overBudget = await refuseOverReadBudget(request);
  if (overBudget) return overBudget;

  const isApi = pathname.startsWith('/api/');
  if (request.method === 'OPTIONS' && !isApi) {
    return new NextResponse(null, { status: 204, headers: { allow: 'GET, HEAD, POST, OPTIONS' } });
  }
  const action = request.headers.get('next-action');
  if (action !== null && !actionId.test(action)) return statusResponse(statusPages.badRequest);
  if (isCrossSiteWrite(request)) return statusResponse(statusPages.crossSite);
  if (request.method === 'POST') {
    const refusal = await refuseUnreadableWrite(request, action);
    if (refusal) return statusResponse(refusal);
  }

  const route = routeOf(pathname);
  // Only a document load needs the 503 page: a prefetch renders none of the page's data, and a
  // client navigation renders the page, which says the database is unreachable itself. Next hides
  // its router headers from the proxy; its fetches show by `Next-Url` and `Sec-Fetch-Dest: empty`.
  const documentLoad =
    !request.headers.has('next-url') && request.headers.get('sec-fetch-dest') !== 'empty';
  if (route?.kind === 'database' && documentLoad && !(await databaseIsReachable())) {
    return statusResponse(statusPages.unavailable, {
      'retry-after': String(unavailableRetryAfterSeconds),
    });
  }
  // Auth.js reads its cookie itself: a value no token could have must not reach its query.
  let strippedCookie = false;
  for (const name of sessionCookieNames) {
    const token = request.cookies.get(name)?.value;
    if (token === undefined || isWellFormedSessionToken(token)) continue;
    request.cookies.delete(name);
    strippedCookie = true;
  }
  const response = route && perRequestKinds.includes(route.kind)
    ? await withNonce(request)
    : // Rewriting the request's headers costs Next a copy: only when a cookie was taken out.
      NextResponse.next(strippedCookie ? { request: { headers: request.headers } } : undefined);
  // A write's answer (it may set or clear a cookie) and Auth.js's answers are never cached.
  if (request.method === 'POST' || pathname.startsWith('/api/auth/')) {
    response.headers.set('cache-control', noStore);
  }
  return response;
}

// Literal, as Next requires: lib/route-table.test.ts checks that it reaches every per-request and
// every budgeted route of lib/route-table.ts. Prerendered pages
// reach the proxy only when something is off: a `%` in the path (it may not decode), a write
// (form posts and actions carry a content type or an action id), or a CORS preflight.
export const config = {
  matcher: [
    '/dashboard',
    '/settings',
    '/search',
    '/signin/:path*',
    '/share/:path*',
    '/u/:path*',
    '/cohorts/:path*',
    '/join/:path*',
    '/roadmaps/:roadmap/:topic/note',
    '/roadmaps/:roadmap/:topic/review',
    '/roadmaps/:roadmap/steps/:step/status',
    '/bench',
    '/api/auth/:path*',
    '/api/me/:path*',
    '/api/plan',
    '/api/export',
    '/calendar/:path*',
    '/:path(.*%.*)',
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'access-control-request-method' }] },
  ],
};
