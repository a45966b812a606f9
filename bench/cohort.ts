/**
 * The bench's cohort leg (issue 29): the owner's page of a full cohort and its CSV download, every
 * member with a status on every topic of the roadmap, against the same for a cohort of 5 members.
 */
import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';

import type { Connection } from '../db/connect';
import { MAX_MEMBERS_PER_COHORT } from '../lib/cohorts/limits';
import { cohortCsvPath, cohortPath } from '../lib/routes';
import { seedLearners } from './database';
import type { CohortRequest, CohortRun, Report } from './results';
import { cookieOf, load, log, roadmap, topics } from './run-plan';
import type { ServerUnderTest } from './server-under-test';

/** The small cohort's members, and the full one's: the ceiling counts its owner among them. */
const SMALL_COHORT = 5;
const FULL_COHORT = MAX_MEMBERS_PER_COHORT - 1;

type SeededCohort = { cohortId: string; owner: number; members: number; statuses: number };

/**
 * Bench learner `owner` (a session, no rows) owning a cohort on the bench roadmap, and the next
 * `members` learners in it as members, each with a status on every topic of that roadmap.
 */
async function seedCohort(
  connection: Connection,
  { owner, members }: { owner: number; members: number },
): Promise<SeededCohort> {
  const { db } = connection;
  await seedLearners(connection, { from: owner, to: owner + 1, rows: 0, notes: 0 });
  // The bench roadmap comes first in content order, so these rows are exactly its topics.
  await seedLearners(connection, {
    from: owner + 1,
    to: owner + 1 + members,
    rows: topics.length,
    notes: 0,
  });
  const cohortId = randomUUID();
  await db.execute(sql`
    insert into cohorts (id, owner_id, name, roadmap_id)
    values (${cohortId}, ${`bench-learner-${owner}`}, ${`Bench cohort of ${members}`}, ${roadmap.id})`);
  await db.execute(sql`
    insert into cohort_members (cohort_id, user_id, role)
    select ${cohortId}, 'bench-learner-' || n, case when n = ${owner}::int then 'owner' else 'member' end
    from generate_series(${owner}::int, ${owner + members}::int) as n`);
  await db.execute(sql`analyze cohort_members`);
  const { rows } = (await db.execute(sql`
    select count(*)::int as statuses from progress
    join cohort_members on cohort_members.user_id = progress.user_id
    where cohort_members.cohort_id = ${cohortId} and cohort_members.role = 'member'
      and progress.roadmap_id = ${roadmap.id}`)) as unknown as { rows: { statuses: number }[] };
  const statuses = rows[0]!.statuses;
  if (statuses !== members * topics.length) {
    throw new Error(`the cohort of ${members} holds ${statuses} statuses, not one on every topic`);
  }
  return { cohortId, owner, members, statuses };
}

/**
 * The uncompressed bytes of one request as the owner, after checking it is what the leg means to
 * time: the page itself (not a redirect to sign in) and, for the CSV, a line for every member.
 */
async function ownerBytes(origin: string, path: string, cohort: SeededCohort, csv: boolean) {
  const response = await fetch(`${origin}${path}`, {
    headers: { cookie: cookieOf(cohort.owner) },
    redirect: 'manual',
  });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`${path} as the cohort's owner answered ${response.status}, not the page`);
  }
  const members = body.split('\r\n').filter(Boolean).length - 1; // after the header line
  if (csv && members !== cohort.members) {
    throw new Error(`${path} holds ${members} members, not ${cohort.members}`);
  }
  return Buffer.byteLength(body);
}

/** The page and the CSV for one cohort's owner, at two connections, as the ceiling leg times. */
async function measureCohort(origin: string, cohort: SeededCohort): Promise<CohortRun> {
  const paths: Record<CohortRequest, string> = {
    page: cohortPath(cohort.cohortId),
    csv: cohortCsvPath(cohort.cohortId),
  };
  const as = (path: string) =>
    load(origin, [{ path, headers: { cookie: cookieOf(cohort.owner) } }], { connections: 2 });
  return {
    members: cohort.members,
    statuses: cohort.statuses,
    bytes: {
      page: await ownerBytes(origin, paths.page, cohort, false),
      csv: await ownerBytes(origin, paths.csv, cohort, true),
    },
    page: await as(paths.page),
    csv: await as(paths.csv),
  };
}

/** Both cohorts, seeded on the same database from bench learner `first` on, then timed. */
export async function measureCohorts(
  server: ServerUnderTest,
  first: number,
): Promise<Report['cohort']> {
  log(`cohorts: seeding ${SMALL_COHORT} and ${FULL_COHORT} members with a status on every topic…`);
  const [small, full] = await server.withDatabase(async (connection) => [
    await seedCohort(connection, { owner: first, members: SMALL_COHORT }),
    await seedCohort(connection, { owner: first + SMALL_COHORT + 1, members: FULL_COHORT }),
  ]);
  log('cohorts: the owner’s page and CSV of the full cohort vs the small one…');
  return {
    small: await measureCohort(server.origin, small!),
    full: await measureCohort(server.origin, full!),
  };
}
