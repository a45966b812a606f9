import 'server-only';

import type { NextRequest } from 'next/server';

import { addressPolicy, env } from '@/lib/env';
import { noStoreHeaders } from '@/lib/http/no-store';
import { statusPageHtml } from '@/lib/http/status-page';
import { routeOf } from '@/lib/route-table';

import { addressBucket, clientAddressOf } from './address';
import type { RateVerdict } from './policy';
import { TokenBuckets } from './token-buckets';

/** Where read budgets are kept: this process's memory today, a store shared by instances later. */
type ReadBudgetStore = {
  take(key: string, now: number, cost: number): RateVerdict | Promise<RateVerdict>;
};

const storeKey = Symbol.for('waymark.readBudgets');

/**
 * Counted in memory, per server instance, not in the database like writes: a read must stay
 * cheaper than a database round trip, and the budget only has to stop one address from
 * monopolising an instance, which a per-instance count does. Kept on `globalThis`, not in a
 * module variable: Next bundles the proxy and the route handlers apart, each with its own copy of
 * this module, and two stores would give every address two budgets.
 */
function readBudgets(): ReadBudgetStore {
  const scope = globalThis as { [storeKey]?: ReadBudgetStore };
  return (scope[storeKey] ??= new TokenBuckets(env.WAYMARK_READS_PER_MINUTE_PER_IP));
}

/**
 * A 429 answer when the request is a budgeted read (a route with a `readCost` in
 * lib/route-table.ts, which says why each costs what it does) and its address
 * cannot pay for it, else undefined (go ahead). Called by proxy.ts alone, so each request is
 * counted once. Pages get a small HTML page, /api/* a JSON error; both say how long to wait, also
 * in Retry-After.
 */
export async function refuseOverReadBudget(request: NextRequest): Promise<Response | undefined> {
  const { pathname } = request.nextUrl;
  const cost = routeOf(pathname)?.readCost ?? 0;
  if (cost === 0) return undefined;
  const bucket = addressBucket(clientAddressOf(request.headers, addressPolicy));
  const verdict = await readBudgets().take(bucket, Date.now(), cost);
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
