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

import {
  captureActionRequest,
  clientScriptBytes,
  htmlAndTextBytes,
  launchBrowser,
  type CapturedAction,
} from './browser';
import { measureCheckSubmissions } from './checks';
import { measureCohorts } from './cohort';
import { countRows, freshBenchDatabase, seedLearners, sessionToken } from './database';
import { runLighthouseLeg } from './lighthouse';
import { runFixedRequests, type LoadRequest } from './load';
import { checkCacheability, measureSharedCache } from './reader-legs';
import { writeReport } from './report';
import type { Report } from './results';
import {
  answered,
  APP_PORT,
  CONNECTIONS,
  cookieOf,
  FLOOR_PAGE,
  load,
  LOAD_LEARNERS,
  log,
  plan,
  quick,
  readerPages,
  roadmap,
  topics,
} from './run-plan';
import { explainQueries, measureCeiling, measureScale } from './scale-legs';
import { runScript } from './script';
import { ensureBuild, ServerUnderTest } from './server-under-test';
import { benchOutcome, judgeGoals } from './verdict';

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

    report.cohort = await measureCohorts(server, LOAD_LEARNERS + plan.scaleLearners + 2);

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

runScript(main);
