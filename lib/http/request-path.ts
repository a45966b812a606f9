import { compiledRoutes, type CompiledRoute } from '@/lib/route-table';

/**
 * What a URL path may hold, decided before any page, route handler or query sees it: a segment
 * that is not valid percent-encoded UTF-8 is a bad request; a segment where a content id, a GitHub
 * login or a feed token belongs (lib/route-table.ts says which) must look like one, or the page
 * cannot exist.
 */
type PathVerdict = 'ok' | 'bad-request' | 'not-found';

/** The decoded segments of a raw (still percent-encoded) path, or null if one does not decode. */
export function decodeSegments(rawPathname: string): string[] | null {
  const segments: string[] = [];
  // A trailing slash names the same page (Next redirects it), not an empty segment.
  for (const segment of rawPathname.replace(/\/$/, '').split('/').slice(1)) {
    try {
      segments.push(decodeURIComponent(segment));
    } catch {
      return null; // malformed percent-encoding, or bytes that are not UTF-8
    }
  }
  return segments;
}

/**
 * Next forwards a server action posted to a page that does not hold it to the page that does, at
 * its route's own path (`/roadmaps/[roadmap]/[topic]/note`): those segments name no data.
 */
const routeParameter = /^\[[a-z]+\]$/;

/** A route's segments up to `index`, its parameters unnamed: routes that share it are siblings. */
const prefixKey = (route: CompiledRoute, index: number) =>
  route.segments
    .slice(0, index)
    .map((segment) => (segment.type === 'static' ? segment.name : '*'))
    .join('/');

/** The static names at each place in the table (`projects`, `about` and `steps` beside `[topic]`). */
const staticNames = new Map<string, Set<string>>();
for (const route of compiledRoutes) {
  route.segments.forEach((segment, index) => {
    if (segment.type !== 'static') return;
    const key = prefixKey(route, index);
    staticNames.set(key, (staticNames.get(key) ?? new Set()).add(segment.name));
  });
}

/**
 * A route whose parameters have shapes to check, with the names each parameter may not take: a
 * static name beside it is a route of its own (no topic may be called `projects`).
 */
type CheckedRoute = { route: CompiledRoute; reserved: (ReadonlySet<string> | undefined)[] };

/** The checked routes under each first segment (`roadmaps`, `share`, `u`, `calendar`). */
const checkedRoutes = new Map<string, CheckedRoute[]>();
for (const route of compiledRoutes) {
  const [first] = route.segments;
  if (first?.type !== 'static' || !route.segments.some(({ type }) => type === 'param')) continue;
  checkedRoutes.set(first.name, []);
}
for (const route of compiledRoutes) {
  const [first] = route.segments;
  const reserved = route.segments.map((segment, index) =>
    segment.type === 'param' ? staticNames.get(prefixKey(route, index)) : undefined,
  );
  if (first?.type === 'static') checkedRoutes.get(first.name)?.push({ route, reserved });
}

function routeHolds({ route, reserved }: CheckedRoute, segments: string[]): boolean {
  const endsInCatchAll = route.segments.at(-1)?.type === 'catch-all';
  const fits = endsInCatchAll
    ? segments.length >= route.segments.length
    : segments.length === route.segments.length;
  return (
    fits &&
    route.segments.every((segment, index) => {
      const value = segments[index]!;
      if (segment.type === 'static') return value === segment.name;
      if (segment.type === 'catch-all') return true;
      if (reserved[index]?.has(value)) return false;
      return segment.shape(value) || routeParameter.test(value);
    })
  );
}

export function judgePath(rawPathname: string): PathVerdict {
  const segments = decodeSegments(rawPathname);
  if (!segments) return 'bad-request';
  const routes = segments.length > 1 ? checkedRoutes.get(segments[0]!) : undefined;
  if (!routes) return 'ok'; // a static path: Next answers it, 404 included
  return routes.some((route) => routeHolds(route, segments)) ? 'ok' : 'not-found';
}
