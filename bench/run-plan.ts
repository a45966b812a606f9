/**
 * What one bench run measures and how: the quick or full plan, the pages, the ports, and the
 * bounded load measurement every leg uses. Shared by bench/run.ts and its legs.
 */
import { getRoadmaps } from '../lib/content';
import { SESSION_COOKIE, sessionToken } from './database';
import { runLoad, type LoadRequest, type LoadResult } from './load';
import { benchPort } from './script';

export const quick = process.argv.includes('--quick');
export const plan = quick
  ? {
      seconds: 2,
      warmupSeconds: 1,
      maxRequests: 20_000,
      writesPerLearner: 4,
      scaleLearners: 500,
      // Quick mode only checks that the leg runs.
      lighthouse: { pages: ['roadmap'] as const, runs: 1 },
    }
  : {
      seconds: 10,
      warmupSeconds: 3,
      maxRequests: 500_000,
      writesPerLearner: 40,
      scaleLearners: 10_000,
      lighthouse: { pages: ['baseline', 'home', 'roadmap', 'topic'] as const, runs: 3 },
    };
export const CONNECTIONS = 50;
export const LOAD_LEARNERS = 50;
export const APP_PORT = benchPort(3400);
export const PROXY_PORT = APP_PORT + 1;
export const BARE_PORT = APP_PORT + 2;

export const roadmap = getRoadmaps()[0]!;
export const topics = roadmap.steps.flatMap((step) => step.topics);
export const readerPages = {
  home: '/',
  roadmap: `/roadmaps/${roadmap.id}`,
  topic: `/roadmaps/${roadmap.id}/${topics[0]!.id}`,
} as const;
/** The framework's floor: a trivial prerendered page of the same app. */
export const FLOOR_PAGE = '/goodbye';

export const log = (message: string) => console.log(`[bench] ${message}`);
export const cookieOf = (learner: number) => `${SESSION_COOKIE}=${sessionToken(learner)}`;

/**
 * One measurement: an unmeasured warm-up (JIT, connection pools, caches), then the measured run.
 * Every run is bounded by time and by a request cap.
 */
export async function load(
  origin: string,
  requests: LoadRequest[],
  extra: Partial<Parameters<typeof runLoad>[0]> = {},
) {
  const options = {
    origin,
    requests,
    connections: CONNECTIONS,
    seconds: plan.seconds,
    maxRequests: plan.maxRequests,
    ...extra,
  };
  await runLoad({ ...options, seconds: plan.warmupSeconds });
  return answered(await runLoad(options), requests[0]!.path);
}

/**
 * A run in which the server could not be reached, or answered only with errors, measured no
 * page: a harness failure. (No answer and no error only means every request outlasted a short
 * run; its figures are then not measured, which a full run reports as a failed goal.)
 */
export function answered(result: LoadResult, what: string): LoadResult {
  const unreachable = result.requests === 0 && result.errors > 0;
  const onlyErrors = result.requests > 0 && result.non2xx === result.requests;
  if (unreachable || onlyErrors) {
    throw new Error(
      `${what}: ${result.requests} answers (${result.non2xx} of them errors) and ${result.errors} failed requests — the server is not serving`,
    );
  }
  return result;
}
