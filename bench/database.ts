import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sql } from 'drizzle-orm';

import { connect, type Connection } from '../db/connect';
import type { DatabaseTarget } from '../db/target';
import { getRoadmaps } from '../lib/content';
import { dropDatabase, recreateDatabase, serverVersion } from '../testing/database/postgres';

export type BenchDatabase = {
  /** What the report names: which database the run used. */
  label: string;
  /** The server's environment for this database. */
  env: Record<string, string>;
  /** Opens the database from the bench process. */
  open: () => Promise<Connection>;
  /** PGlite: one process at a time, so the server must be stopped while the bench opens it. */
  exclusive: boolean;
  dispose: () => Promise<void>;
};

/**
 * A fresh database for one run: a new database on the PostgreSQL server that `serverUrl` names
 * (loopback only; named `prefix` and this process's id, so runs from two checkouts never drop
 * each other's), or an embedded PGlite folder when there is no URL. The database helpers are the
 * tests' own (testing/database/postgres.ts), with their local-only guard and name check.
 */
export async function freshBenchDatabase(
  serverUrl?: string,
  prefix = 'waymark_bench',
): Promise<BenchDatabase> {
  if (serverUrl) {
    const name = `${prefix}_${process.pid}`;
    const target: DatabaseTarget = {
      driver: 'node-postgres',
      url: await recreateDatabase(name, serverUrl),
    };
    return {
      label: `PostgreSQL ${await serverVersion(serverUrl)} (a fresh database ${name} on the local server)`,
      env: { DATABASE_URL: target.url },
      open: () => connect(target),
      exclusive: false,
      dispose: () => dropDatabase(name, serverUrl),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const target: DatabaseTarget = { driver: 'pglite', dir: join(dir, 'pglite') };
  return {
    label: 'embedded PGlite (no DATABASE_URL set)',
    env: { PGLITE_DIR: target.dir },
    open: () => connect(target),
    exclusive: true,
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The session cookie of bench learner `n` (database sessions: the cookie is the token). */
export const sessionToken = (n: number) => `bench-session-${n}`;
export const SESSION_COOKIE = 'authjs.session-token';

const topicIds = () =>
  getRoadmaps().flatMap((roadmap) =>
    roadmap.steps.flatMap((step) => step.topics.map((topic) => [roadmap.id, topic.id] as const)),
  );

/**
 * Learners `from`..`to - 1`, each with a session, `rows` progress rows (real topics, mixed
 * statuses) with one history entry per row spread over the last year, and `notes` notes —
 * set-based SQL, so ten thousand learners take seconds, not minutes.
 */
export async function seedLearners(
  connection: Connection,
  { from, to, rows, notes }: { from: number; to: number; rows: number; notes: number },
) {
  const topics = topicIds().slice(0, rows);
  const roadmapIds = topics.map(([roadmapId]) => roadmapId);
  const ids = topics.map(([, topicId]) => topicId);
  const { db } = connection;
  await db.execute(sql`
    insert into users (id, name, login, created_at)
    select 'bench-learner-' || n, 'Bench learner ' || n, 'bench-learner-' || n, now()
    from generate_series(${from}::int, ${to - 1}::int) as n`);
  await db.execute(sql`
    insert into sessions (session_token, user_id, expires)
    select 'bench-session-' || n, 'bench-learner-' || n, now() + interval '1 day'
    from generate_series(${from}::int, ${to - 1}::int) as n`);
  if (topics.length === 0) return;
  const progressRows = sql`
    select 'bench-learner-' || n as user_id, t.roadmap_id, t.topic_id,
      (array['done', 'in_progress', 'skipped', 'done'])[1 + (n + t.i) % 4] as status,
      now() - make_interval(mins => ((n * 7919 + t.i * 104729) % 525600)::int) as updated_at
    from generate_series(${from}::int, ${to - 1}::int) as n
    cross join unnest(${sql.param(roadmapIds)}::text[], ${sql.param(ids)}::text[])
      with ordinality as t(roadmap_id, topic_id, i)`;
  await db.execute(sql`
    insert into progress (user_id, roadmap_id, topic_id, status, updated_at) ${progressRows}`);
  await db.execute(sql`
    insert into progress_events (user_id, roadmap_id, topic_id, status, source, changed_at)
    select user_id, roadmap_id, topic_id, status, 'control', updated_at from (${progressRows}) as p`);
  await db.execute(sql`
    insert into notes (user_id, roadmap_id, topic_id, body)
    select user_id, roadmap_id, topic_id, 'A seeded note: what clicked, and what to revisit.'
    from (${progressRows}) as p
    where p.topic_id = any(${sql.param(ids.slice(0, notes))}::text[])`);
  await seedPlans(connection, { from, to, topicIds: ids.slice(0, 3), roadmapId: roadmapIds[0]! });
  await db.execute(sql`analyze`);
}

/** The calendar feed token of bench learner `n`: 43 base64url characters, like a real one. */
export const feedToken = (n: number) => `bench-feed-${n}-`.padEnd(43, 'x');

/**
 * Each learner's study plan: a version a month over the last year, a year of logged time (every
 * third day on one of three topics) and a calendar feed token (stored as its hash, as the app does).
 */
async function seedPlans(
  { db }: Connection,
  {
    from,
    to,
    topicIds: ids,
    roadmapId,
  }: { from: number; to: number; topicIds: string[]; roadmapId: string },
) {
  const learners = sql`generate_series(${from}::int, ${to - 1}::int) as n`;
  await db.execute(sql`
    insert into study_plan_versions (user_id, roadmap_id, starts_on, minutes_per_week, study_days, created_at, updated_at)
    select 'bench-learner-' || n, ${roadmapId}, (current_date - m * 30), 300 + (n % 10) * 60, 31,
      now() - make_interval(days => m * 30), now() - make_interval(days => m * 30)
    from ${learners} cross join generate_series(0, 11) as m`);
  await db.execute(sql`
    insert into time_log (user_id, roadmap_id, topic_id, day, minutes)
    select 'bench-learner-' || n, ${roadmapId}, (${sql.param(ids)}::text[])[1 + d % ${ids.length}],
      current_date - d * 3, 15 + (n + d) % 90
    from ${learners} cross join generate_series(0, 121) as d`);
  await db.execute(sql`
    insert into calendar_feeds (user_id, token_hash)
    select 'bench-learner-' || n,
      encode(sha256(convert_to(rpad('bench-feed-' || n || '-', 43, 'x'), 'UTF8')), 'hex')
    from ${learners}`);
}

export async function countRows(connection: Connection) {
  const { rows } = (await connection.db.execute(sql`
    select (select count(*) from users)::int as users,
           (select count(*) from progress)::int as progress,
           (select count(*) from progress_events)::int as events,
           (select count(*) from time_log)::int as "timeEntries"`)) as unknown as {
    rows: { users: number; progress: number; events: number; timeEntries: number }[];
  };
  return rows[0]!;
}
