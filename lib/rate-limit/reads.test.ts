import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

import { requestFrom as request } from '@/testing/requests';

vi.mock('@/lib/auth/config', () => ({ auth: async () => null }));
vi.mock('@/db', () => ({ getDb: async () => ({}) }));
vi.mock('@/lib/health/database', () => ({ databaseIsReachable: async () => true }));
vi.mock('@/lib/plan/queries', async (original) => ({
  ...(await original<typeof import('@/lib/plan/queries')>()),
  feedOwner: async () => undefined,
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => new Map(),
}));
const BUDGET = 20;
vi.stubEnv('WAYMARK_READS_PER_MINUTE_PER_IP', String(BUDGET));

const { refuseOverReadBudget } = await import('./reads');
const { proxy } = await import('@/proxy');

const feed = `${'a'.repeat(43)}.ics`;
const calendarFeed = (await import('@/app/calendar/[feed]/route')).GET;
/** The route handlers the read budget covers, by a path each answers. */
const handlers: Record<string, (request: NextRequest) => Promise<Response>> = {
  '/api/me?progress=all': (await import('@/app/api/me/route')).GET,
  '/api/me/checks?roadmap=backend&topic=dns': (await import('@/app/api/me/checks/route')).GET,
  '/api/plan?roadmap=backend': (await import('@/app/api/plan/route')).GET,
  '/api/export': (await import('@/app/api/export/route')).GET,
  [`/calendar/${feed}`]: (request) => calendarFeed(request, { params: Promise.resolve({ feed }) }),
};

let addresses = 0;
/** A fresh address, with a full budget. */
const newAddress = () => `203.0.113.${++addresses}`;

/** How many requests to `path` an address gets before the first 429. */
async function allowedReads(path: string, address = newAddress()) {
  let allowed = 0;
  while (!(await refuseOverReadBudget(request(path, address)))) {
    allowed += 1;
    if (allowed > BUDGET) break;
  }
  return allowed;
}

const budgetedPaths = [
  '/dashboard',
  '/settings',
  '/search?q=dns',
  '/share/backend',
  '/u/mona',
  '/u/mona/backend',
  '/roadmaps/backend/dns/note',
  '/roadmaps/backend/steps/internet/status',
  '/api/me',
  '/api/me/checks?roadmap=backend&topic=dns',
  '/api/plan?roadmap=backend',
  '/api/auth/session',
  `/calendar/${feed}`,
];

describe('the read budget', () => {
  // lib/route-table.test.ts checks that the proxy sees every budgeted route.
  it.each(budgetedPaths)('counts %s', async (path) => {
    expect(await allowedReads(path)).toBe(BUDGET);
  });

  it('charges an Open Graph image or an export ten reads, and nothing for static pages', async () => {
    expect(await allowedReads('/u/mona/opengraph-image')).toBe(BUDGET / 10);
    expect(await allowedReads('/u/mona/backend/opengraph-image')).toBe(BUDGET / 10);
    expect(await allowedReads('/api/export')).toBe(BUDGET / 10);
    const address = newAddress();
    expect(await allowedReads('/u/mona/opengraph-image', address)).toBe(BUDGET / 10);
    expect(await refuseOverReadBudget(request('/api/me', address))).toBeDefined();
    for (const path of ['/roadmaps/backend', '/roadmaps/backend/dns', '/', '/api/health'])
      expect(await allowedReads(path)).toBeGreaterThan(BUDGET);
  });

  it('answers an /api/* read past the budget with a 429 JSON error saying when to retry', async () => {
    const address = newAddress();
    await allowedReads('/api/me', address);
    const refused = (await refuseOverReadBudget(request('/api/me?progress=all', address)))!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('cache-control')).toBe('private, no-store');
    expect(await refused.json()).toEqual({
      error: expect.stringMatching(/^Too many requests from your network\. Wait \d+ seconds?/),
    });
    expect(await refuseOverReadBudget(request('/api/me', newAddress()))).toBeUndefined();
  });

  it('refuses a per-request page with a small HTML page', async () => {
    const address = newAddress();
    await allowedReads('/u/mona/backend', address);
    const page = (await refuseOverReadBudget(request('/search?q=dns', address)))!;
    expect(page.status).toBe(429);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<h1>Too many requests</h1>');
    expect(html).toMatch(/<p>Too many requests from your network\. Wait \d+ seconds?/);
  });

  it('is one budget per process, however many bundles load their own copy of the module', async () => {
    const address = newAddress();
    await allowedReads('/search?q=dns', address);
    // A second instance of the module, as in the route handlers' bundle (Next builds it apart
    // from the proxy's).
    const secondCopy = './reads?bundle=handlers';
    const another: typeof import('./reads') = await import(/* @vite-ignore */ secondCopy);
    expect((await another.refuseOverReadBudget(request('/api/me', address)))?.status).toBe(429);
  });

  it.each(Object.keys(handlers))(
    'counts %s once on its way through the proxy and its route handler',
    async (path) => {
      const address = newAddress();
      const statuses = new Set<number>();
      let reads = 0;
      while (reads <= BUDGET) {
        if ((await proxy(request(path, address))).status === 429) break;
        reads += 1;
        statuses.add((await handlers[path]!(request(path, address))).status);
      }
      expect(reads).toBe(path === '/api/export' ? BUDGET / 10 : BUDGET);
      expect(statuses).not.toContain(429);
    },
  );
});
