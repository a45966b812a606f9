/**
 * `npm run load-test [-- --quick]`: 200 learners (one connection each) toggle random topics
 * through the real server action for 30 seconds (5 with --quick) against the production server
 * on loopback and real PostgreSQL. Then it checks, in the database, that every (learner, topic)
 * holds exactly the last status that learner wrote, that the history has one entry per accepted
 * write, and that no answer was a 5xx. Exits non-zero on any violation; the full run writes its
 * figures into BENCHMARKS.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import { sql } from 'drizzle-orm';

import { getRoadmaps } from '../lib/content';
import { topicStatuses, type TopicStatus } from '../lib/progress/status';
import { startAppServer } from '../testing/app-server';
import { adminUrl } from '../testing/database/postgres';
import { withActionValue } from './action-body';
import { captureActionRequest, launchBrowser } from './browser';
import { freshBenchDatabase, seedLearners, SESSION_COOKIE, sessionToken } from './database';
import { benchPort, runScript } from './script';
import { percentile } from './stats';

const quick = process.argv.includes('--quick');
const LEARNERS = 200;
const SECONDS = quick ? 5 : 30;
const PORT = benchPort(3400) + 10;
const roadmap = getRoadmaps()[0]!;
const topicIds = roadmap.steps.flatMap((step) => step.topics.map((topic) => topic.id)).slice(0, 12);

type Outcome = { latencies: number[]; accepted: number; serverErrors: number; failures: string[] };

/** One learner: sequential writes until the deadline, each a real change of one random topic. */
async function learnerLoop(
  origin: string,
  learner: number,
  template: { path: string; headers: Record<string, string>; body: string },
  deadline: number,
  lastWritten: Map<string, TopicStatus>,
  outcome: Outcome,
) {
  while (performance.now() < deadline) {
    const topicId = topicIds[Math.floor(Math.random() * topicIds.length)]!;
    const current = lastWritten.get(topicId) ?? 'not_started';
    const choices = topicStatuses.filter((status) => status !== current);
    const status = choices[Math.floor(Math.random() * choices.length)]!;
    const body = withActionValue(withActionValue(template.body, 'topicId', topicId), 'status', status);
    const sent = performance.now();
    try {
      const response = await fetch(new URL(template.path, origin), {
        method: 'POST',
        headers: { ...template.headers, cookie: `${SESSION_COOKIE}=${sessionToken(learner)}` },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      outcome.latencies.push(performance.now() - sent);
      if (response.status >= 500) outcome.serverErrors++;
      else if (response.ok && text.includes('"ok":true')) {
        outcome.accepted++;
        lastWritten.set(topicId, status);
      } else outcome.failures.push(`learner ${learner}: HTTP ${response.status}`);
    } catch (error) {
      outcome.failures.push(`learner ${learner}: ${(error as Error).message}`);
    }
  }
}

async function main() {
  const database = await freshBenchDatabase(process.env.DATABASE_URL ?? adminUrl, 'waymark_load');
  const setup = await database.open();
  await setup.migrate();
  await seedLearners(setup, { from: 0, to: LEARNERS, rows: 0, notes: 0 });
  await setup.close();
  const browser = await launchBrowser();
  const server = await startAppServer(PORT, {
    ...database.env,
    AUTH_SECRET: 'load-test-only-secret-not-for-production-0123',
    SITE_URL: `http://localhost:${PORT}`,
    // All 200 learners share one loopback address and write as fast as answers come.
    WAYMARK_WRITES_PER_MINUTE: '1000000',
    WAYMARK_WRITES_PER_MINUTE_PER_IP: '100000000',
    WAYMARK_READS_PER_MINUTE_PER_IP: '100000000',
  });
  const outcome: Outcome = { latencies: [], accepted: 0, serverErrors: 0, failures: [] };
  const warmUp: Outcome = { latencies: [], accepted: 0, serverErrors: 0, failures: [] };
  const written = Array.from({ length: LEARNERS }, () => new Map<string, TopicStatus>());
  let elapsed = 0;
  try {
    const captured = await captureActionRequest(browser, {
      origin: server.url,
      path: `/roadmaps/${roadmap.id}/${topicIds[0]}`,
      token: sessionToken(0),
      click: 'form[data-session="ready"] button[value="done"]',
    });
    written[0]!.set(topicIds[0]!, 'done');
    const template = { ...captured, body: captured.body.toString('utf8') };
    // Warm-up (JIT, connection pool): 20 learners for 3 s, checked like the rest but not timed.
    const warmDeadline = performance.now() + 3_000;
    await Promise.all(
      written
        .slice(0, 20)
        .map((lastWritten, learner) =>
          learnerLoop(server.url, learner, template, warmDeadline, lastWritten, warmUp),
        ),
    );
    console.log(`[load] ${LEARNERS} learners toggling topics for ${SECONDS} s…`);
    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    await Promise.all(
      written.map((lastWritten, learner) =>
        learnerLoop(server.url, learner, template, deadline, lastWritten, outcome),
      ),
    );
    elapsed = (performance.now() - started) / 1000; // before shutdown, which is not load
  } finally {
    await browser.close();
    await server.stop();
  }

  const check = await database.open();
  const { rows: stored } = (await check.db.execute(
    sql`select user_id, topic_id, status from progress`,
  )) as unknown as { rows: { user_id: string; topic_id: string; status: string }[] };
  const { rows: history } = (await check.db.execute(
    sql`select count(*)::int as n from progress_events`,
  )) as unknown as { rows: { n: number }[] };
  await check.close();
  await database.dispose();

  const failures = [...warmUp.failures, ...outcome.failures];
  const problems = failures.slice(0, 5);
  if (failures.length > 5) problems.push(`… ${failures.length - 5} more failures`);
  const serverErrors = outcome.serverErrors + warmUp.serverErrors;
  if (serverErrors > 0) problems.push(`${serverErrors} responses were 5xx`);
  const expected = new Map(
    written.flatMap((topics, learner) =>
      [...topics].map(([topicId, status]) => [`bench-learner-${learner}/${topicId}`, status]),
    ),
  );
  const actual = new Map(stored.map((row) => [`${row.user_id}/${row.topic_id}`, row.status]));
  for (const [key, status] of expected) {
    if (actual.get(key) !== status)
      problems.push(`${key}: stored ${actual.get(key)}, last written ${status}`);
  }
  if (actual.size !== expected.size)
    problems.push(`${actual.size} rows stored, ${expected.size} expected`);
  const acceptedWrites = outcome.accepted + warmUp.accepted + 1; // + the captured request
  if (history[0]!.n !== acceptedWrites) {
    problems.push(`${history[0]!.n} history entries for ${acceptedWrites} accepted writes`);
  }

  const figures = {
    requests: outcome.latencies.length,
    rps: outcome.latencies.length / elapsed,
    p50: percentile(outcome.latencies, 50),
    p95: percentile(outcome.latencies, 95),
    p99: percentile(outcome.latencies, 99),
  };
  const summary = [
    `<!-- load-test:start -->`,
    `## Load test: ${LEARNERS} learners writing for ${SECONDS} s`,
    `_Generated by \`npm run load-test\` on ${new Date().toISOString()}, against ${database.label}._`,
    '',
    '| requests | writes/s | p50 | p95 | p99 | 5xx | rows checked | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${figures.requests} | ${figures.rps.toFixed(0)} | ${figures.p50.toFixed(1)} ms | ${figures.p95.toFixed(1)} ms | ${figures.p99.toFixed(1)} ms | ${serverErrors} | ${expected.size} | ${problems.length === 0 ? 'every row holds the last status written; one history entry per accepted write' : '**failed**'} |`,
    `<!-- load-test:end -->`,
  ].join('\n');
  console.log(summary);
  if (!quick && existsSync('BENCHMARKS.md')) {
    const text = readFileSync('BENCHMARKS.md', 'utf8');
    const start = text.indexOf('<!-- load-test:start -->');
    const end = text.indexOf('<!-- load-test:end -->');
    writeFileSync(
      'BENCHMARKS.md',
      start === -1
        ? `${text.trimEnd()}\n\n${summary}\n`
        : `${text.slice(0, start)}${summary}${text.slice(end + '<!-- load-test:end -->'.length)}`,
    );
  }
  if (problems.length > 0) {
    console.error(`[load] FAILED:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('[load] passed');
  }
}

runScript(main);
