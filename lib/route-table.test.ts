import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';

import { config } from '@/proxy';

import { compiledRoutes, fillRoute, perRequestKinds, routeOf, routeTable } from './route-table';
import { reservedRoadmapSegments } from './routes';

/** The file names under app/ that make a route, and the URL segment each adds. */
const routeFiles: Record<string, string | null> = {
  'page.tsx': null,
  'route.ts': null,
  'opengraph-image.tsx': 'opengraph-image',
  'robots.ts': 'robots.txt',
  'sitemap.ts': 'sitemap.xml',
  'manifest.ts': 'manifest.webmanifest',
  'icon.svg': 'icon.svg',
};

/** Every route app/ holds, as lib/route-table.ts spells it (`/u/[login]`). */
function routesInApp(folder = 'app', path = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      if (entry.name.startsWith('_')) return []; // a private folder, not a route
      const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`; // a route group adds none
      return routesInApp(join(folder, entry.name), path + segment);
    }
    if (!(entry.name in routeFiles)) return [];
    const last = routeFiles[entry.name];
    return [(last ? `${path}/${last}` : path) || '/'];
  });
}

const examples = {
  roadmap: 'backend',
  topic: 'dns',
  step: 'internet',
  project: 'build-a-static-file-server',
  login: 'mona',
  feed: `${'a'.repeat(43)}.ics`,
  nextauth: 'signin',
  cohort: '0b5e2a4c-9d1f-4e3a-8c7b-6a5f4e3d2c1b',
  member: '5d4c3b2a-1f0e-4d9c-8b7a-695847362514',
  token: 'b'.repeat(43),
};

describe('the route table', () => {
  it('has an entry for every page, route handler and image under app/', () => {
    const listed = new Set(routeTable.map(({ path }) => path));
    expect(routesInApp().filter((path) => !listed.has(path))).toEqual([]);
  });

  it('lists only routes app/ holds (or paths of its catch-alls)', () => {
    const inApp = new Set(routesInApp());
    const catchAlls = compiledRoutes.filter(({ path }) => inApp.has(path) && path.includes('[...'));
    const unknown = routeTable.filter(
      ({ path }) =>
        !inApp.has(path) &&
        !catchAlls.some(({ pattern }) => pattern.test(fillRoute(path, examples))),
    );
    expect(unknown.map(({ path }) => path)).toEqual([]);
  });

  it('resolves a path to its most specific route, as Next does', () => {
    expect(routeOf('/u/mona/opengraph-image')?.kind).toBe('image');
    expect(routeOf('/u/mona/backend')?.kind).toBe('database');
    expect(routeOf('/roadmaps/backend/about')?.kind).toBe('reader');
    expect(routeOf('/roadmaps/backend/projects/build-it')?.kind).toBe('reader');
    expect(routeOf('/api/auth/session')?.readCost).toBe(1);
    expect(routeOf('/api/auth/callback/github')?.readCost).toBeUndefined();
    expect(routeOf('/no-such-page')).toBeUndefined();
    expect(compiledRoutes).toHaveLength(routeTable.length);
  });

  it('reserves for topics the names of the roadmap pages beside them, no more and no fewer', () => {
    const besideTopics = routeTable.flatMap(
      ({ path }) => /^\/roadmaps\/\[roadmap\]\/([a-z-]+)(?:\/|$)/.exec(path)?.[1] ?? [],
    );
    expect([...reservedRoadmapSegments].sort()).toEqual([...new Set(besideTopics)].sort());
  });

  // Next reads the matcher from the source, so it cannot be derived: this keeps it complete.
  it.each(
    routeTable
      .filter(({ kind, readCost }) => perRequestKinds.includes(kind) || readCost)
      .map(({ path }) => fillRoute(path, examples)),
  )('reaches the proxy for %s, which is per request or budgeted', (path) => {
    const url = new URL(path, 'http://localhost:3000').href;
    expect(unstable_doesMiddlewareMatch({ config, url })).toBe(true);
  });
});
