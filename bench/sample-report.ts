/** A bench report for tests: every goal met, with figures shaped like a real full run. */
import type { LoadResult } from './load';
import type { CohortRequest, CohortRun, LighthouseScores, Report } from './results';

export const run = (
  rps: number,
  p: { p50?: number; p95?: number; p99?: number } = {},
): LoadResult => ({
  requests: Math.round(rps * 10),
  rps,
  p50: p.p50 ?? 10,
  p95: p.p95 ?? 20,
  p99: p.p99 ?? 30,
  errors: 0,
  serverErrors: 0,
  non2xx: 0,
});

export const scores = (performance: number): LighthouseScores => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  metrics: { fcpMs: 800, lcpMs: 1200, tbtMs: 40, cls: 0 },
});

/** A cohort of `members`, each with a status on the bench roadmap's 66 topics: p50s and bytes. */
export const cohortRun = (
  members: number,
  p50: Record<CohortRequest, number>,
  bytes: Record<CohortRequest, number>,
): CohortRun => ({
  members,
  statuses: members * 66,
  bytes,
  page: run(50, { p50: p50.page }),
  csv: run(150, { p50: p50.csv }),
});

/** A full run where every goal holds; each test spoils the figure it is about. */
export function passingReport(): Report {
  const lighthouse = [scores(99), scores(100), scores(99)];
  return {
    quick: false,
    date: '2026-12-01T00:00:00.000Z',
    command: 'npm run bench',
    machine: 'test',
    database: 'test',
    connections: 50,
    seconds: 10,
    readers: { floor: run(1658), home: run(1541), roadmap: run(1200), topic: run(1500) },
    readerBytes: { floor: 16_000, home: 34_000, roadmap: 45_000, topic: 35_000 },
    cache: {
      ran: true,
      pages: {
        home: { cached: run(10_000), bare: run(8_000) },
        roadmap: { cached: run(7_000), bare: run(8_000) },
        topic: { cached: run(9_000), bare: run(8_000) },
      },
    },
    cacheability: { pages: 112, problems: [] },
    pageView: { anonymous: run(436, { p99: 192 }), signedIn: run(320, { p99: 365 }) },
    writes: { empty: run(274, { p95: 233 }), write: run(181, { p95: 328 }), historyAdded: 1810 },
    checks: {
      submit: run(200, { p95: 300 }),
      questionsPerSubmission: 4,
      rowsAdded: 8_000, // 2,000 submissions × 4 questions
      topicWeight: { html: 9_900, scripts: 188_841 },
    },
    clientJs: { baseline: 154_000, home: 154_000, roadmap: 159_000, topic: 159_000 },
    htmlWeight: {
      roadmap: { html: 9_000, text: 3_500, rawHtml: 45_000 },
      topic: { html: 8_000, text: 2_000, rawHtml: 35_000 },
    },
    lighthouse: {
      runsPerPage: 3,
      machineBusyBefore: 0.02,
      pages: { baseline: lighthouse, home: lighthouse, roadmap: lighthouse, topic: lighthouse },
    },
    scale: {
      learners: 10_000,
      seedSeconds: 11,
      rows: { users: 10_050, progress: 601_100, events: 605_002, timeEntries: 1_226_100 },
      empty: {
        dashboard: run(40, { p50: 242 }),
        roadmapView: run(300, { p50: 28.5 }),
        feed: run(200, { p50: 40 }),
      },
      seeded: {
        dashboard: run(45, { p50: 212 }),
        roadmapView: run(290, { p50: 29.5 }),
        feed: run(190, { p50: 41 }),
      },
      plans: { 'session lookup': 'Index Scan using sessions_pkey on sessions' },
    },
    ceiling: {
      rows: { progress: 320, notes: 320, checkAnswers: 7_800 },
      empty: { dashboard: run(30, { p50: 60 }), checks: run(400, { p50: 4 }) },
      full: { dashboard: run(20, { p50: 110 }), checks: run(380, { p50: 5 }) },
    },
    cohort: {
      small: cohortRun(5, { page: 40, csv: 12 }, { page: 30_000, csv: 400 }),
      full: cohortRun(499, { page: 60, csv: 20 }, { page: 140_000, csv: 36_000 }),
    },
    memory: { peakMiB: 700 },
  };
}
