/** The reader-page legs that are not plain load: cacheability of every page, and the shared cache. */
import { getRoadmaps } from '../lib/content';
import { startBareServer } from './bare-server';
import { ensureNginx, startCachingProxy } from './nginx';
import type { PageName, Report } from './results';
import { APP_PORT, BARE_PORT, cookieOf, load, PROXY_PORT, readerPages } from './run-plan';

/** Every page a reader can open: home, each roadmap, each topic. */
function allReaderPaths(): string[] {
  return [
    '/',
    ...getRoadmaps().flatMap((r) => [
      `/roadmaps/${r.id}`,
      ...r.steps.flatMap((s) => s.topics.map((t) => `/roadmaps/${r.id}/${t.id}`)),
    ]),
  ];
}

/** Shared-cacheable, no cookie set, and the same HTML for a signed-in learner as for a reader. */
export async function checkCacheability(origin: string) {
  const problems: string[] = [];
  const paths = allReaderPaths();
  for (const path of paths) {
    const anonymous = await fetch(`${origin}${path}`);
    const signedIn = await fetch(`${origin}${path}`, { headers: { cookie: cookieOf(0) } });
    const cacheControl = anonymous.headers.get('cache-control') ?? '';
    if (!/(s-maxage=[1-9]|public)/.test(cacheControl) || /private|no-store/.test(cacheControl)) {
      problems.push(`${path}: Cache-Control "${cacheControl}" does not allow shared caching`);
    }
    if (anonymous.headers.has('set-cookie') || signedIn.headers.has('set-cookie')) {
      problems.push(`${path}: sets a cookie`);
    }
    if ((await anonymous.text()) !== (await signedIn.text())) {
      problems.push(`${path}: a signed-in learner gets different HTML`);
    }
  }
  return { pages: paths.length, problems };
}

export async function measureSharedCache(): Promise<Report['cache']> {
  const nginx = ensureNginx();
  if (!nginx.ok) return { ran: false, reason: nginx.reason };
  const proxy = await startCachingProxy(PROXY_PORT, APP_PORT);
  const pages: Record<string, { body: Buffer; contentType: string }> = {};
  try {
    for (const path of Object.values(readerPages)) {
      await fetch(`${proxy.origin}${path}`);
      const response = await fetch(`${proxy.origin}${path}`);
      if (response.headers.get('x-cache-status') !== 'HIT') {
        return {
          ran: false,
          reason: `nginx did not cache ${path} (${response.headers.get('x-cache-status')})`,
        };
      }
      pages[path] = {
        body: Buffer.from(await response.arrayBuffer()),
        contentType: response.headers.get('content-type') ?? 'text/html',
      };
    }
    const bare = await startBareServer(BARE_PORT, pages);
    try {
      const results: Extract<Report['cache'], { ran: true }>['pages'] = {};
      for (const [name, path] of Object.entries(readerPages) as [PageName, string][]) {
        results[name] = {
          cached: await load(proxy.origin, [{ path }]),
          bare: await load(bare.origin, [{ path }]),
        };
      }
      return { ran: true, pages: results };
    } finally {
      await bare.stop();
    }
  } finally {
    await proxy.stop();
  }
}
