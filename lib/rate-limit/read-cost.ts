/**
 * Open Graph cards: drawing one took 0.15–0.7 s of CPU in issue 25's review, against tens of
 * milliseconds for a page, and the budget is charged before anyone knows whether the card is
 * already drawn (then it costs a page's worth). At ten reads, one address draws at most 60 a
 * minute at the default budget instead of 600.
 */
const IMAGE_COST = 10;

/** The export reads every table of the account and sends the largest answer Waymark has. */
const EXPORT_COST = 10;

const image = /^\/u\/[^/]+(\/[^/]+)?\/opengraph-image$/;

/**
 * Per-request pages and answers that read the database for anyone who asks: the learner's own
 * pages and JSON (with or without a session: the lookup is the cost), public profiles and shared
 * views, search, session lookups and calendar feeds. Left out: prerendered pages (they cost
 * nothing to serve), /signin (no database), /bench (404 outside the benchmark) and /api/health
 * (load balancers must always reach it).
 */
const perRequestRead =
  /^\/(dashboard|settings|search|share\/[^/]+|u\/.+|roadmaps\/[^/]+\/[^/]+\/note|roadmaps\/[^/]+\/steps\/[^/]+\/status|api\/me|api\/me\/checks|api\/plan|api\/auth\/session|calendar\/[^/]+)$/;

/**
 * How many reads of its address's budget (lib/rate-limit/reads.ts) a request to `pathname` costs,
 * or 0 when it is not counted. proxy.ts's matcher must reach every path counted here
 * (reads.test.ts checks it).
 */
export function readCost(pathname: string): number {
  if (image.test(pathname)) return IMAGE_COST;
  if (pathname === '/api/export') return EXPORT_COST;
  return perRequestRead.test(pathname) ? 1 : 0;
}
