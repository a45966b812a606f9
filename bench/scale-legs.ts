/** The legs that measure growth: query plans and latency on a seeded database, and the ceilings. */
import { sql } from 'drizzle-orm';

import type { Connection } from '../db/connect';
import { feedPath } from '../lib/plan/feed-path';
import { hashFeedToken } from '../lib/plan/feed-token';
import { loggedDaysQuery } from '../lib/plan/logged-days';
import { loggedByTopicQuery, minutesByDayQuery, planVersionsQuery } from '../lib/plan/queries';
import { activityByDayQuery } from '../lib/progress/history';
import { personalViewQuery } from '../lib/progress/personal-view-query';
import { progressRowsQuery } from '../lib/progress/queries';
import { ceilingCheckPath, seedCeilingLearners } from './ceiling';
import { countRows, feedToken, sessionToken } from './database';
import type { Report } from './results';
import { cookieOf, load, LOAD_LEARNERS, roadmap, topics } from './run-plan';
import type { ServerUnderTest } from './server-under-test';

export async function explainQueries(connection: Connection) {
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
  await explain('dashboard: days with time logged (streak)', loggedDaysQuery(db, learner));
  await explain(
    'calendar feed: token lookup',
    sql`select user_id from calendar_feeds where token_hash = ${hashFeedToken(feedToken(0))}`,
  );
  return { plans, rows: await countRows(connection) };
}

/** Dashboard and signed-in roadmap view latency, at a modest 10 connections. */
export async function measureScale(origin: string) {
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
export async function measureCeiling(
  server: ServerUnderTest,
  first: number,
): Promise<Report['ceiling']> {
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
