import type { LoadResult } from './load';

/** The reader pages every leg measures. */
export type PageName = 'home' | 'roadmap' | 'topic';
export type ScaleRun = { dashboard: LoadResult; roadmapView: LoadResult; feed: LoadResult };
/** The pages that read a whole account, for one learner. */
export type CeilingRun = { dashboard: LoadResult; checks: LoadResult };
/** The owner's requests of one cohort. */
export type CohortRequest = 'page' | 'csv';
/** One cohort as seeded (members, their statuses), what its requests weigh, and their latency. */
export type CohortRun = Record<CohortRequest, LoadResult> & {
  members: number;
  statuses: number;
  bytes: Record<CohortRequest, number>;
};

/** What one Lighthouse run (mobile preset) scored, with the metrics behind the performance score. */
export type LighthouseScores = Record<LighthouseCategory, number> & {
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number };
};
export type LighthouseCategory = 'performance' | 'accessibility' | 'bestPractices' | 'seo';

/** Gzip bytes of a page's HTML and of its visible text, and the HTML's uncompressed size. */
export type HtmlWeight = { html: number; text: number; rawHtml: number };

/** Everything one bench run measured: the goals judge it, the report renders it. */
export type Report = {
  quick: boolean;
  date: string;
  command: string;
  machine: string;
  database: string;
  connections: number;
  seconds: number;
  readers: Record<PageName | 'floor', LoadResult>;
  /** Uncompressed HTML bytes of each page, as the load receives them. */
  readerBytes: Record<PageName | 'floor', number>;
  cache:
    | { ran: true; pages: Partial<Record<PageName, { cached: LoadResult; bare: LoadResult }>> }
    | { ran: false; reason: string };
  cacheability: { pages: number; problems: string[] };
  pageView: { anonymous: LoadResult; signedIn: LoadResult };
  writes: { empty: LoadResult; write: LoadResult; historyAdded: number };
  /**
   * Knowledge-check submissions through the real grading action (issue 20), against the same
   * empty action; the rows they stored; and the topic page's weight as `next build` wrote it.
   */
  checks: {
    submit: LoadResult;
    questionsPerSubmission: number;
    rowsAdded: number;
    topicWeight: { html: number; scripts: number };
  };
  clientJs: Record<PageName | 'baseline', number>;
  htmlWeight: Record<'roadmap' | 'topic', HtmlWeight>;
  /**
   * Audited after every load leg, with the server idle. `baseline` is the near-empty page: what
   * the framework scores here before any content.
   */
  lighthouse: {
    runsPerPage: number;
    /** Share of all cores busy (0–1) over a few seconds just before the first audit. */
    machineBusyBefore: number;
    pages: Partial<Record<PageName | 'baseline', LighthouseScores[]>>;
  };
  scale: {
    learners: number;
    seedSeconds: number;
    rows: { users: number; progress: number; events: number; timeEntries: number };
    empty: ScaleRun;
    seeded: ScaleRun;
    plans: Record<string, string>;
  };
  /** One learner at every ceiling (`full`) against one with no rows (`empty`), same database. */
  ceiling: {
    rows: Record<string, number>;
    empty: CeilingRun;
    full: CeilingRun;
  };
  /** A full cohort's owner page and CSV (`full`) against a cohort of 5 members' (`small`). */
  cohort: { small: CohortRun; full: CohortRun };
  memory: { peakMiB: number };
};
