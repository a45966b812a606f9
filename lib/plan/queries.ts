import 'server-only';

import { and, asc, eq, gte, sql, type SQL } from 'drizzle-orm';

import { getDb, type Database } from '@/db';
import { learnerRows } from '@/db/learner-rows';
import { calendarFeeds, studyPlanVersions, timeLog } from '@/db/schema';
import { usableTimeZone } from '@/lib/time-zone';
import { getSavedTimeZone, rememberTimeZone } from '@/lib/time-zone/queries';

import { dayIn, studyDaysFromMask, studyDaysToMask, type Day, type Weekday } from './calendar';
import { MAX_MINUTES_PER_DAY, MAX_PLAN_VERSIONS } from './limits';
import type { PlanState } from './state';
import type { DayMinutes } from './weekly';

type PlanChange = {
  roadmapId: string;
  minutesPerWeek: number;
  studyDays: readonly Weekday[];
  targetDate: Day | null;
};

/**
 * The learner's today, in the zone dates are counted in: the saved one, else (nothing dated in a
 * zone yet) the one the browser sent, else UTC. Never the sent one over the saved one: a request
 * must not choose the day it writes on (a zone of UTC-12 would log time on yesterday); the write
 * saves the browser's zone only when it keeps this day (`zoneToSave`).
 */
export async function learnerToday(userId: string, sent?: string): Promise<Day> {
  return dayIn(new Date(), usableTimeZone((await getSavedTimeZone(userId)) ?? sent));
}

/**
 * Saves a pace as the plan's version starting on the learner's `today` (replacing one saved
 * earlier the same day, which keeps its creation time: the plan still started when it started).
 */
export async function savePlanVersion(
  userId: string,
  change: PlanChange,
  today: Day,
  timeZone?: string,
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const values = {
      minutesPerWeek: change.minutesPerWeek,
      studyDays: studyDaysToMask(change.studyDays),
      targetDate: change.targetDate,
    };
    await tx
      .insert(studyPlanVersions)
      .values({ userId, roadmapId: change.roadmapId, startsOn: today, ...values })
      .onConflictDoUpdate({
        target: [studyPlanVersions.userId, studyPlanVersions.roadmapId, studyPlanVersions.startsOn],
        set: { ...values, updatedAt: sql`now()` },
      });
    await rememberTimeZone(tx, userId, timeZone);
  });
}

/**
 * Adds minutes to a topic's time on the learner's `day`. Null when the day's total on the topic
 * would pass 24 hours: nothing is added then.
 */
export async function addLoggedTime(
  userId: string,
  entry: { roadmapId: string; topicId: string; minutes: number },
  day: Day,
  timeZone?: string,
): Promise<number | null> {
  const db = await getDb();
  const rows = await db
    .insert(timeLog)
    .values({ userId, ...entry, day })
    .onConflictDoUpdate({
      target: [timeLog.userId, timeLog.roadmapId, timeLog.topicId, timeLog.day],
      set: { minutes: sql`${timeLog.minutes} + excluded.minutes`, updatedAt: sql`now()` },
      setWhere: sql`${timeLog.minutes} + excluded.minutes <= ${MAX_MINUTES_PER_DAY}`,
    })
    .returning({ minutes: timeLog.minutes });
  if (rows.length === 0) return null;
  await rememberTimeZone(db, userId, timeZone);
  return rows[0]!.minutes;
}

/** What the plan, the export and the feed read of a plan version. */
export const planVersionColumns = {
  roadmapId: studyPlanVersions.roadmapId,
  startsOn: studyPlanVersions.startsOn,
  minutesPerWeek: studyPlanVersions.minutesPerWeek,
  studyDays: studyPlanVersions.studyDays,
  targetDate: studyPlanVersions.targetDate,
  createdAt: studyPlanVersions.createdAt,
};

/** The plan's versions for one roadmap (or every roadmap), oldest first. */
export function planVersionsQuery(db: Database, userId: string, roadmapId?: string) {
  return db
    .select(planVersionColumns)
    .from(studyPlanVersions)
    .where(learnerRows(studyPlanVersions, userId, roadmapId))
    .orderBy(asc(studyPlanVersions.startsOn))
    .limit(MAX_PLAN_VERSIONS);
}

/**
 * Minutes logged per topic, in all and since each roadmap's plan began (its first version's day),
 * summed by the database over the primary key's (user_id, roadmap_id) prefix.
 */
export function loggedByTopicQuery(db: Database, userId: string, roadmapId?: string) {
  const planStart = sql`(select min(${studyPlanVersions.startsOn}) from ${studyPlanVersions}
    where ${studyPlanVersions.userId} = ${timeLog.userId}
      and ${studyPlanVersions.roadmapId} = ${timeLog.roadmapId})`;
  return db
    .select({
      roadmapId: timeLog.roadmapId,
      topicId: timeLog.topicId,
      total: sql<number>`sum(${timeLog.minutes})::int`,
      sincePlan: sql<number>`coalesce(sum(${timeLog.minutes}) filter (where ${timeLog.day} >= ${planStart}), 0)::int`,
    })
    .from(timeLog)
    .where(learnerRows(timeLog, userId, roadmapId))
    .groupBy(timeLog.roadmapId, timeLog.topicId);
}

/** The learner's plans and logged time, per roadmap, for the roadmaps asked for (or all). */
export async function getPlanStates(
  userId: string,
  today: Day,
  roadmapId?: string,
): Promise<Map<string, PlanState>> {
  const db = await getDb();
  const [versions, logged] = await Promise.all([
    planVersionsQuery(db, userId, roadmapId),
    loggedByTopicQuery(db, userId, roadmapId),
  ]);
  const states = new Map<string, PlanState>();
  const stateOf = (id: string) => {
    let state = states.get(id);
    if (!state) states.set(id, (state = emptyPlanState(id, today)));
    return state;
  };
  for (const row of versions) {
    const state = stateOf(row.roadmapId);
    state.versions.push({
      startsOn: row.startsOn,
      hoursPerWeek: row.minutesPerWeek / 60,
      studyDays: studyDaysFromMask(row.studyDays),
    });
    state.targetDate = row.targetDate; // the latest version's, rows being oldest first
    const created = row.createdAt.toISOString();
    if (state.startedAt === null || created < state.startedAt) state.startedAt = created;
  }
  for (const row of logged) {
    stateOf(row.roadmapId).logged[row.topicId] = {
      total: row.total / 60,
      sincePlan: row.sincePlan / 60,
    };
  }
  return states;
}

/** One roadmap's plan state; empty (no versions, no time) when the learner has none. */
export async function getPlanState(userId: string, roadmapId: string, today: Day) {
  const states = await getPlanStates(userId, today, roadmapId);
  return states.get(roadmapId) ?? emptyPlanState(roadmapId, today);
}

function emptyPlanState(roadmapId: string, today: Day): PlanState {
  return { roadmapId, today, versions: [], targetDate: null, startedAt: null, logged: {} };
}

/** Minutes logged per day on every roadmap since `from` (the weekly chart). */
export async function getMinutesByDay(userId: string, from: Day): Promise<DayMinutes[]> {
  return minutesByDayQuery(await getDb(), userId, from);
}

/** The query behind {@link getMinutesByDay}, unexecuted, so the benchmark can EXPLAIN it. */
export function minutesByDayQuery(db: Database, userId: string, from: Day) {
  return db
    .select({ day: timeLog.day, minutes: sql<number>`sum(${timeLog.minutes})::int` })
    .from(timeLog)
    .where(and(eq(timeLog.userId, userId), gte(timeLog.day, from)))
    .groupBy(timeLog.day);
}

/** Gives the learner a new feed token (by its hash), which revokes the one they had. */
export async function replaceFeedToken(userId: string, tokenHash: string): Promise<Date> {
  const db = await getDb();
  const [row] = await db
    .insert(calendarFeeds)
    .values({ userId, tokenHash })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { tokenHash, createdAt: sql`now()` },
    })
    .returning({ createdAt: calendarFeeds.createdAt });
  return row!.createdAt;
}

/** Turns the learner's feed off: its URL answers 404 from now on. */
export async function deleteFeedToken(userId: string): Promise<void> {
  const db = await getDb();
  await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
}

/** The one feed `where` picks (both of its columns are unique), if there is one. */
async function findFeed(where: SQL) {
  const db = await getDb();
  const [row] = await db
    .select({ userId: calendarFeeds.userId, createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(where);
  return row;
}

/** Whose feed a token hash opens, served by the hash's unique index. */
export async function feedOwner(tokenHash: string): Promise<string | undefined> {
  return (await findFeed(eq(calendarFeeds.tokenHash, tokenHash)))?.userId;
}

/** When the learner's current feed URL was made, or null when they have none. */
export async function feedCreatedAt(userId: string): Promise<Date | null> {
  return (await findFeed(eq(calendarFeeds.userId, userId)))?.createdAt ?? null;
}

/** When each roadmap's plan last changed, for the merge rule. */
export async function latestPlanChanges(userId: string): Promise<Map<string, Date>> {
  const db = await getDb();
  const rows = await db
    .select({
      roadmapId: studyPlanVersions.roadmapId,
      latest: sql<Date | string>`max(${studyPlanVersions.updatedAt})`,
    })
    .from(studyPlanVersions)
    .where(eq(studyPlanVersions.userId, userId))
    .groupBy(studyPlanVersions.roadmapId);
  return new Map(rows.map((row) => [row.roadmapId, new Date(row.latest)]));
}
