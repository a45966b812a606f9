import 'server-only';

import type { NextRequest } from 'next/server';

import { addressPolicy, env } from '@/lib/env';
import { noStoreHeaders } from '@/lib/http/no-store';
import { statusPageHtml } from '@/lib/http/status-page';

import { addressBucket, clientAddressOf } from './address';
import { TokenBuckets } from './token-buckets';

/**
 * Per-request reads anyone can make, each costing database work (and, on shared views, rendering
 * learner Markdown): profiles, shared roadmaps and their images, search, /api/me, /api/plan and
 * calendar feeds. Prerendered
 * pages are not counted: they cost nothing to serve.
 */
function isBudgetedRead(pathname: string): boolean {
  return (
    pathname === '/search' ||
    pathname === '/api/me' ||
    pathname === '/api/plan' ||
    pathname.startsWith('/calendar/') ||
    pathname.startsWith('/u/')
  );
}

/**
 * Counted in memory, per server instance, not in the database like writes: a read must stay
 * cheaper than a database round trip, and the budget only has to stop one address from
 * monopolising an instance, which a per-instance count does.
 */
const readBuckets = new TokenBuckets(env.WAYMARK_READS_PER_MINUTE_PER_IP);

/**
 * A 429 answer when the request is a budgeted read and its address has spent its budget, else
 * undefined (go ahead). Pages get a small HTML page, /api/* a JSON error; both say how long to
 * wait, also in Retry-After.
 */
export function refuseOverReadBudget(request: NextRequest): Response | undefined {
  const { pathname } = request.nextUrl;
  if (!isBudgetedRead(pathname)) return undefined;
  const bucket = addressBucket(clientAddressOf(request.headers, addressPolicy));
  const verdict = readBuckets.take(bucket, Date.now());
  if (verdict.allowed) return undefined;
  const wait = verdict.retryAfterSeconds;
  const message = `Too many requests from your network. Wait ${wait} ${wait === 1 ? 'second' : 'seconds'}, then try again.`;
  const headers = { 'Retry-After': String(wait), ...noStoreHeaders };
  if (pathname.startsWith('/api/')) {
    return Response.json({ error: message }, { status: 429, headers });
  }
  return new Response(statusPageHtml({ status: 429, title: 'Too many requests', message }), {
    status: 429,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}
