/**
 * `npm run bench [-- --quick]`: builds if needed, starts the production server on loopback with
 * a fresh database, measures everything side by side in one run and writes BENCHMARKS.md (quick
 * mode writes bench-results/quick.md instead, so a smoke run never replaces a full one). Lighthouse
 * runs last and alone. A full run exits non-zero when a goal (bench/goals.ts) is not met; a quick
 * run only when the harness fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

import { sql } from 'drizzle-orm';

import type { Connection } from '../db/connect';
import { getRoadmaps } from '../lib/content';
import { feedPath } from '../lib/plan/feed-path';
import { hashFeedToken } from '../lib/plan/feed-token';
import { loggedByTopicQuery, minutesByDayQuery, planVersionsQuery } from '../lib/plan/queries';
import { activityByDayQuery } from '../lib/progress/history';
import { personalViewQuery } from '../lib/progress/personal-view-query';
import { progressRowsQuery } from '../lib/progress/queries';
import { startBareServer } from './bare-server';
import {
  captureActionRequest,
  clientScriptBytes,
  htmlAndTextBytes,
  launchBrowser,
  type CapturedAction,
} from './browser';
import { ceilingCheckPath, seedCeilingLearners } from './ceiling';
import { measureCheckSubmissions } from './checks';
import {
  countRows,
  feedToken,
  freshBenchDatabase,
  seedLearners,
  SESSION_COOKIE,
  sessionToken,
} from './database';
import { benchOutcome, judgeGoals } from './goals';
import { runLighthouseLeg } from './lighthouse';
import { runFixedRequests, runLoad, type LoadRequest, type LoadResult } from './load';
import { ensureNginx, startCachingProxy } from './nginx';
import { writeReport } from './report';
import type { PageName, Report } from './results';
import { benchPort, runScript } from './script';
import { ensureBuild, ServerUnderTest } from './server-under-test';

const quick = process.argv.includes('--quick');
const plan = quick
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
const CONNECTIONS = 50;
const LOAD_LEARNERS = 50;
const APP_PORT = benchPort(3400);
const PROXY_PORT = APP_PORT + 1;
const BARE_PORT = APP_PORT + 2;

const roadmap = getRoadmaps()[0]!;
const topics = roadmap.steps.flatMap((step) => step.topics);
const readerPages = {
  home: '/',
  roadmap: `/roadmaps/${roadmap.id}`,
  topic: `/roadmaps/${roadmap.id}/${topics[0]!.id}`,
} as const;
/** The framework's floor: a trivial prerendered page of the same app. */
const FLOOR_PAGE = '/goodbye';

const log = (message: string) => console.log(`[bench] ${message}`);
const cookieOf = (learner: number) => `${SESSION_COOKIE}=${sessionToken(learner)}`;

/**
 * One measurement: an unmeasured warm-up (JIT, connection pools, caches), then the measured run.
 * Every run is bounded by time and by a request cap.
 */
async function load(
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
function answered(result: LoadResult, what: string): LoadResult {
  const unreachable = result.requests === 0 && result.errors > 0;
  const onlyErrors = result.requests > 0 && result.non2xx === result.requests;
  if (unreachable || onlyErrors) {
    throw new Error(
      `${what}: ${result.requests} answers (${result.non2xx} of them errors) and ${result.errors} failed requests — the server is not serving`,
    );
  }
  return result;
}

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
async function checkCacheability(origin: string) {
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

async function explainQueries(connection: Connection) {
  const { db } = connection;
  const learner = 'bench-learner-0';
  const plans: Record<string, string> = {};
  const explain = async (name: string, query: Parameters<typeof sql>[1]) => {
    const result = (await db.execute(sql`explain ${query}`)) as unknown as {
      rows: { 'QUERY PLAN': string }[];
    };
    plans[name] = result.rows.map((row) => row['QUERY PLAN']).join('\n');
  };
  await explain(
    'session lookup (Auth.js adapter)',
    sql`select * from sessions inner join users on users.id = sessions.user_id where sessions.session_token = ${sessionToken(0)}`,
  );
  await explain(
    'signed-in roadmap view (/api/me)',
    personalViewQuery(db, learner, roadmap.id, topics[0]!.id),
  );
  await explain('dashboard: progress rows', progressRowsQuery(db, learner));
  await explain('dashboard: activity by day', activityByDayQuery(db, learner, 'Europe/Paris'));
  await explain('dashboard and feed: plan versions', planVersionsQuery(db, learner));
  await explain('dashboard and feed: time logged per topic', loggedByTopicQuery(db, learner));
  await explain(
    'dashboard: time logged per day, last 12 weeks',
    minutesByDayQuery(
      db,
      learner,
      new Date(Date.now() - 84 * 86_400_000).toISOString().slice(0, 10),
    ),
  );
  await explain(
    'calendar feed: token lookup',
    sql`select user_id from calendar_feeds where token_hash = ${hashFeedToken(feedToken(0))}`,
  );
  return { plans, rows: await countRows(connection) };
}

/** Dashboard and signed-in roadmap view latency, at a modest 10 connections. */
async function measureScale(origin: string) {
  const asLearners = (path: string) => ({
    connections: 10,
    requestsFor: (n: number) => [{ path, headers: { cookie: cookieOf(n % LOAD_LEARNERS) } }],
  });
  const roadmapView = `/api/me?progress=${roadmap.id}&note=${topics[0]!.id}`;
  // A calendar app polling: no cookie, each learner's own feed URL.
  const feeds = {
    connections: 10,
    requestsFor: (n: number) => [{ path: feedPath(feedToken(n % LOAD_LEARNERS)) }],
  };
  return {
    dashboard: await load(origin, [{ path: '/dashboard' }], asLearners('/dashboard')),
    roadmapView: await load(origin, [{ path: roadmapView }], asLearners(roadmapView)),
    feed: await load(origin, [{ path: feedPath(feedToken(0)) }], feeds),
  };
}

/**
 * The pages that read a whole account, for learner `first` (no rows) and `first + 1` (at every
 * ceiling), seeded on the same database; two connections, so latency is the request's own.
 */
async function measureCeiling(server: ServerUnderTest, first: number): Promise<Report['ceiling']> {
  const rows = await server.withDatabase((connection) =>
    seedCeilingLearners(connection, { empty: first, full: first + 1 }),
  );
  const run = async (learner: number) => {
    const as = (path: string) =>
      load(server.origin, [{ path, headers: { cookie: cookieOf(learner) } }], { connections: 2 });
    return { dashboard: await as('/dashboard'), checks: await as(ceilingCheckPath()) };
  };
  return { rows, empty: await run(first), full: await run(first + 1) };
}

async function main() {
  const started = new Date();
  ensureBuild(log);
  const database = await freshBenchDatabase(process.env.DATABASE_URL);
  log(`database: ${database.label}`);
  const report: Report = {
    quick,
    date: started.toISOString(),
    command: quick ? 'npm run bench -- --quick' : 'npm run bench',
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    database: database.label,
    connections: CONNECTIONS,
    seconds: plan.seconds,
  } as Report;

  const setup = await database.open();
  await setup.migrate();
  await seedLearners(setup, { from: 0, to: LOAD_LEARNERS, rows: 20, notes: 5 });
  await setup.close();

  const browser = await launchBrowser();
  const server = new ServerUnderTest(database, APP_PORT);
  const origin = server.origin;
  try {
    await server.start();
    const pageBytes = async (path: string) =>
      (await (await fetch(`${origin}${path}`)).arrayBuffer()).byteLength;
    report.readerBytes = { floor: await pageBytes(FLOOR_PAGE) } as Report['readerBytes'];
    for (const [name, path] of Object.entries(readerPages)) {
      report.readerBytes[name as keyof typeof readerPages] = await pageBytes(path);
    }

    log('reader pages through next start…');
    report.readers = { floor: await load(origin, [{ path: FLOOR_PAGE }]) } as Report['readers'];
    for (const [name, path] of Object.entries(readerPages)) {
      report.readers[name as keyof typeof readerPages] = await load(origin, [{ path }]);
    }

    log('cacheability of every reader page…');
    report.cacheability = await checkCacheability(origin);

    log('signed-in vs anonymous roadmap page view…');
    const view = (cookie?: string): LoadRequest[] => [
      { path: readerPages.roadmap },
      {
        path: `/api/me?progress=${roadmap.id}`,
        ...(cookie ? { headers: { cookie } } : {}),
      },
    ];
    report.pageView = {
      anonymous: await load(origin, view()),
      signedIn: await load(origin, view(), {
        requestsFor: (n) => view(cookieOf(n % LOAD_LEARNERS)),
      }),
    };

    log('progress writes through the real server action…');
    // A topic no bench learner has a row for, so every write in the run is a real change.
    const writeTopic = topics[40]!.id;
    const warmTopic = topics[41]!.id;
    const captureWrite = (status: string) =>
      captureActionRequest(browser, {
        origin,
        path: `/roadmaps/${roadmap.id}/${writeTopic}`,
        token: sessionToken(0),
        click: `form[data-session="ready"] button[value="${status}"]`,
      });
    const toggle = [await captureWrite('done'), await captureWrite('in_progress')];
    const emptyAction = await captureActionRequest(browser, {
      origin,
      path: '/bench',
      click: 'main button',
    });
    const asLearner = (actions: CapturedAction[], learner: number): LoadRequest[] =>
      actions.map((action) => ({
        path: action.path,
        method: 'POST',
        headers: { ...action.headers, cookie: cookieOf(learner) },
        body: action.body,
      }));
    const writes = async (actions: CapturedAction[]) =>
      answered(
        await runFixedRequests({
          origin,
          connections: CONNECTIONS,
          rounds: plan.writesPerLearner / actions.length,
          requestsFor: (n) => asLearner(actions, n % LOAD_LEARNERS),
        }),
        actions[0]!.path,
      );
    const events = () => server.withDatabase(async (c) => (await countRows(c)).events);
    const eventsBefore = await events();
    await writes([emptyAction]); // warm-up
    const empty = await writes([emptyAction]);
    // Warm-up writes on another topic: counted apart, so the history check stays exact.
    const warmToggle = toggle.map((action) => retarget(action, writeTopic, warmTopic));
    const warmUp = await writes(warmToggle);
    const write = await writes(toggle);
    report.writes = {
      empty,
      write,
      historyAdded: (await events()) - eventsBefore - warmUp.requests,
    };

    log('knowledge-check submissions through the real grading action…');
    report.checks = await measureCheckSubmissions({
      browser,
      origin,
      submit: writes,
      withDatabase: (use) => server.withDatabase(use),
    });

    log('client JavaScript and HTML weight in Chromium…');
    report.clientJs = {
      baseline: await clientScriptBytes(browser, `${origin}${FLOOR_PAGE}`),
    } as Report['clientJs'];
    for (const [name, path] of Object.entries(readerPages)) {
      report.clientJs[name as keyof typeof readerPages] = await clientScriptBytes(
        browser,
        `${origin}${path}`,
      );
    }
    report.htmlWeight = {
      roadmap: await htmlAndTextBytes(browser, `${origin}${readerPages.roadmap}`),
      topic: await htmlAndTextBytes(browser, `${origin}${readerPages.topic}`),
    };
    await browser.close(); // no other Chromium may run beside the Lighthouse leg

    log('shared cache (nginx) vs a bare node:http server…');
    report.cache = await measureSharedCache();

    log('scale: empty database…');
    const scaleEmpty = await measureScale(origin);

    log(`scale: seeding ${plan.scaleLearners} learners × 60 rows and their history…`);
    const seeded = await server.withDatabase(async (connection) => {
      const seedStart = performance.now();
      await seedLearners(connection, {
        from: LOAD_LEARNERS,
        to: LOAD_LEARNERS + plan.scaleLearners,
        rows: 60,
        notes: 5,
      });
      return {
        seedSeconds: (performance.now() - seedStart) / 1000,
        ...(await explainQueries(connection)),
      };
    });
    for (const path of [readerPages.roadmap, '/dashboard']) await fetch(`${origin}${path}`);
    report.scale = {
      empty: scaleEmpty,
      seeded: await measureScale(origin),
      learners: plan.scaleLearners,
      ...seeded,
    };

    log('a learner at every ceiling vs a learner with no rows…');
    report.ceiling = await measureCeiling(server, LOAD_LEARNERS + plan.scaleLearners);

    report.lighthouse = await measureLighthouse(server);
  } finally {
    if (browser.isConnected()) await browser.close();
    await server.stop();
    await database.dispose();
  }
  report.memory = { peakMiB: server.peakMiB };

  const target = quick ? join('bench-results', 'quick.md') : 'BENCHMARKS.md';
  if (quick) mkdirSync('bench-results', { recursive: true });
  const previous = existsSync(target) ? readFileSync(target, 'utf8') : '';
  writeFileSync(target, writeReport(report, previous));
  log(`results written to ${target}`);
  const outcome = benchOutcome(quick, judgeGoals(report));
  for (const line of outcome.lines) log(line);
  process.exitCode = outcome.exitCode;
}

/**
 * Lighthouse alone: every load leg is over, the browser is closed, and the database is vacuumed
 * first so PostgreSQL's autovacuum has no reason to start on the seeded tables during the audits.
 */
async function measureLighthouse(server: ServerUnderTest): Promise<Report['lighthouse']> {
  log('Lighthouse, alone: vacuuming the database first…');
  await server.withDatabase((connection) => connection.db.execute(sql`vacuum analyze`));
  const pages = { baseline: FLOOR_PAGE, ...readerPages };
  const urls = Object.fromEntries(
    plan.lighthouse.pages.map((name) => [name, `${server.origin}${pages[name]}`]),
  );
  // One unmeasured request each, so a server restarted for the vacuum (PGlite) is warm.
  for (const url of Object.values(urls)) await (await fetch(url)).arrayBuffer();
  log(`Lighthouse: ${plan.lighthouse.runs} run(s) of ${plan.lighthouse.pages.join(', ')}…`);
  return runLighthouseLeg(urls, plan.lighthouse.runs);
}

/** The same action request for another topic (the id appears once, as a form value). */
function retarget(action: CapturedAction, from: string, to: string): CapturedAction {
  return { ...action, body: Buffer.from(action.body.toString('utf8').replaceAll(from, to)) };
}

async function measureSharedCache(): Promise<Report['cache']> {
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

runScript(main);
