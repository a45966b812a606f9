import { isFeedSegment } from '@/lib/plan/feed-path';
import { isSecretToken } from '@/lib/token-shape';

/**
 * Every route of app/, the one place that says how each is served. proxy.ts (which pages get a
 * nonce, which get the 503 page in an outage), the request-path rules, the read budget and the
 * e2e lists are derived from it; route-table.test.ts fails when a page, route handler or image
 * under app/ is missing here, or when proxy.ts's literal matcher misses a route that needs it.
 */
export type RouteKind =
  /** Prerendered, identical for everyone: the proxy sees it only when something is off. */
  | 'reader'
  /** Rendered per request from its query string alone; it keeps the reader pages' CSP. */
  | 'query'
  /** Rendered per request without the database: a fresh CSP nonce. */
  | 'personal'
  /** Rendered per request from the database: a nonce, and the 503 page while it is down. */
  | 'database'
  /** An Open Graph card drawn per request; it answers an outage itself. */
  | 'image'
  /** A route handler or metadata file: it answers for itself, in its own format. */
  | 'handler';

export type RouteEntry = {
  /** The route as app/ spells it: `[name]` a segment, `[...name]` the rest of the path. */
  path: string;
  kind: RouteKind;
  /** Reads of the address's budget (lib/rate-limit/reads.ts) one request costs; none when unset. */
  readCost?: number;
};

/**
 * Open Graph cards: drawing one took 0.15–0.7 s of CPU in issue 25's review, against tens of
 * milliseconds for a page, and the budget is charged before anyone knows whether the card is
 * already drawn (then it costs a page's worth). At ten reads, one address draws at most 60 a
 * minute at the default budget instead of 600.
 */
const IMAGE_COST = 10;

/** The export reads every table of the account and sends the largest answer Waymark has. */
const EXPORT_COST = 10;

/** A cohort's CSV holds every member, up to 500: ten pages of its grid. */
const COHORT_CSV_COST = 10;

/**
 * Per-request pages and answers that read the database for anyone who asks cost one read: the
 * learner's own pages and JSON (with or without a session: the lookup is the cost), public
 * profiles and shared views, search, session lookups and calendar feeds. Not counted: prerendered
 * pages (they cost nothing to serve), /signin (no database), /bench (404 outside the benchmark)
 * and /api/health (load balancers must always reach it).
 */
export const routeTable: readonly RouteEntry[] = [
  { path: '/', kind: 'reader' },
  { path: '/roadmaps/[roadmap]', kind: 'reader' },
  { path: '/roadmaps/[roadmap]/about', kind: 'reader' },
  { path: '/roadmaps/[roadmap]/[topic]', kind: 'reader' },
  { path: '/roadmaps/[roadmap]/projects/[project]', kind: 'reader' },
  { path: '/goodbye', kind: 'reader' },
  { path: '/signed-out', kind: 'reader' },
  { path: '/not-saved', kind: 'query' },
  { path: '/search', kind: 'personal', readCost: 1 },
  { path: '/signin', kind: 'personal' },
  { path: '/signin/error', kind: 'personal' },
  { path: '/bench', kind: 'personal' },
  { path: '/dashboard', kind: 'database', readCost: 1 },
  { path: '/settings', kind: 'database', readCost: 1 },
  { path: '/roadmaps/[roadmap]/[topic]/note', kind: 'database', readCost: 1 },
  { path: '/roadmaps/[roadmap]/[topic]/review', kind: 'database', readCost: 1 },
  { path: '/roadmaps/[roadmap]/steps/[step]/status', kind: 'database', readCost: 1 },
  { path: '/share/[roadmap]', kind: 'database', readCost: 1 },
  { path: '/cohorts', kind: 'database', readCost: 1 },
  { path: '/cohorts/[cohort]', kind: 'database', readCost: 1 },
  { path: '/cohorts/[cohort]/members.csv', kind: 'handler', readCost: COHORT_CSV_COST },
  { path: '/cohorts/[cohort]/members/[member]', kind: 'database', readCost: 1 },
  { path: '/join/[token]', kind: 'database', readCost: 1 },
  { path: '/u/[login]', kind: 'database', readCost: 1 },
  { path: '/u/[login]/[roadmap]', kind: 'database', readCost: 1 },
  { path: '/u/[login]/opengraph-image', kind: 'image', readCost: IMAGE_COST },
  { path: '/u/[login]/[roadmap]/opengraph-image', kind: 'image', readCost: IMAGE_COST },
  { path: '/api/me', kind: 'handler', readCost: 1 },
  { path: '/api/me/checks', kind: 'handler', readCost: 1 },
  { path: '/api/plan', kind: 'handler', readCost: 1 },
  { path: '/api/export', kind: 'handler', readCost: EXPORT_COST },
  { path: '/api/health', kind: 'handler' },
  // One path of Auth.js's catch-all: the session lookup every page with a session makes.
  { path: '/api/auth/session', kind: 'handler', readCost: 1 },
  { path: '/api/auth/[...nextauth]', kind: 'handler' },
  { path: '/calendar/[feed]', kind: 'handler', readCost: 1 },
  { path: '/robots.txt', kind: 'handler' },
  { path: '/sitemap.xml', kind: 'handler' },
  { path: '/manifest.webmanifest', kind: 'handler' },
  { path: '/icon.svg', kind: 'handler' },
];

/** The shape of every roadmap, step, topic and project id (lib/content/schema.ts validates content with it). */
const contentIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** GitHub logins: 1–39 letters, digits and hyphens. */
const gitHubLoginPattern = /^[A-Za-z0-9-]{1,39}$/;

const isContentId = (segment: string) => contentIdPattern.test(segment);

/** Rows Waymark makes itself (cohorts, accounts) get random UUIDs, lower-case as PostgreSQL prints them. */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What each named segment must look like (a catch-all takes anything). */
export const segmentShapes: Record<string, (segment: string) => boolean> = {
  roadmap: isContentId,
  topic: isContentId,
  step: isContentId,
  project: isContentId,
  login: (segment) => gitHubLoginPattern.test(segment),
  feed: isFeedSegment,
  cohort: (segment) => uuidPattern.test(segment),
  // A learner's account id (users.id): a random UUID too.
  member: (segment) => uuidPattern.test(segment),
  token: isSecretToken,
};

/** The kinds rendered per request, which get a fresh CSP nonce from the proxy. */
export const perRequestKinds: readonly RouteKind[] = ['personal', 'database', 'image'];

type Segment =
  | { type: 'static'; name: string }
  | { type: 'catch-all'; name: string }
  | { type: 'param'; name: string; shape: (segment: string) => boolean };

export type CompiledRoute = RouteEntry & { segments: Segment[]; pattern: RegExp };

function parseSegment(segment: string): Segment {
  const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
  if (catchAll) return { type: 'catch-all', name: catchAll[1]! };
  const param = /^\[(\w+)\]$/.exec(segment);
  if (!param) return { type: 'static', name: segment };
  const shape = segmentShapes[param[1]!];
  if (!shape) throw new Error(`no shape for the segment [${param[1]}]`);
  return { type: 'param', name: param[1]!, shape };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Next's precedence at each segment: a static name, then a parameter, then a catch-all. */
const specificity = (segments: Segment[]) =>
  segments.map(({ type }) => (type === 'static' ? 'a' : type === 'param' ? 'b' : 'c')).join('');

function compile(entry: RouteEntry): CompiledRoute {
  const segments = entry.path.split('/').filter(Boolean).map(parseSegment);
  const source = segments
    .map((segment) =>
      segment.type === 'static'
        ? escapeRegExp(segment.name)
        : segment.type === 'param'
          ? '[^/]+'
          : '.+',
    )
    .join('/');
  return { ...entry, segments, pattern: new RegExp(`^/${source}$`) };
}

/** The table compiled once, the most specific route first, as Next resolves them. */
export const compiledRoutes: readonly CompiledRoute[] = routeTable
  .map(compile)
  .sort((a, b) => specificity(a.segments).localeCompare(specificity(b.segments)));

/** The route a raw (still percent-encoded) path reaches, or undefined when none does. */
export function routeOf(pathname: string): CompiledRoute | undefined {
  return compiledRoutes.find((route) => route.pattern.test(pathname));
}

/** A route's path with its segments filled in, e.g. for a test that requests every page. */
export function fillRoute(path: string, values: Record<string, string>): string {
  return path.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for [${name}] in ${path}`);
    return value;
  });
}
