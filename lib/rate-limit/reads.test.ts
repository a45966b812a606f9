import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/config', () => ({ auth: async () => null }));
vi.mock('@/db', () => ({ getDb: async () => ({}) }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => new Map(),
}));
vi.stubEnv('WAYMARK_READS_PER_MINUTE_PER_IP', '3');

const { refuseOverReadBudget } = await import('./reads');
const meRoute = await import('@/app/api/me/route');

const request = (path: string, address: string) =>
  new NextRequest(`http://localhost:3000${path}`, {
    // A fresh forged X-Forwarded-For on every request changes nothing.
    headers: { 'x-waymark-peer-address': address, 'x-forwarded-for': `6.6.6.${Math.random()}` },
  });

describe('the read budget', () => {
  it('answers /api/me past the per-address budget with a 429 JSON error saying when to retry', async () => {
    const statuses = [];
    for (let n = 0; n < 4; n++)
      statuses.push((await meRoute.GET(request('/api/me', '203.0.113.8'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await meRoute.GET(request('/api/me?progress=all', '203.0.113.8'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('cache-control')).toBe('private, no-store');
    expect(await refused.json()).toEqual({
      error: expect.stringMatching(/^Too many requests from your network\. Wait \d+ seconds?/),
    });
    expect((await meRoute.GET(request('/api/me', '198.51.100.8'))).status).toBe(200);
  });

  it('refuses public per-request pages with a small HTML page, and never counts static pages', async () => {
    for (let n = 0; n < 3; n++)
      expect(refuseOverReadBudget(request('/u/mona/backend', '192.0.2.8'))).toBeUndefined();
    const page = refuseOverReadBudget(request('/search?q=dns', '192.0.2.8'));
    expect(page?.status).toBe(429);
    expect(page?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page?.text();
    expect(html).toContain('<h1>Too many requests</h1>');
    expect(html).toMatch(/<p>Too many requests from your network\. Wait \d+ seconds?/);
    expect(refuseOverReadBudget(request('/u/mona/opengraph-image', '192.0.2.8'))?.status).toBe(429);
    expect(refuseOverReadBudget(request('/roadmaps/backend', '192.0.2.8'))).toBeUndefined();
  });
});
