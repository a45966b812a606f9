import 'server-only';

import { count, desc, eq } from 'drizzle-orm';

import { getDb, type Transaction } from '@/db';
import {
  notes,
  progress,
  progressEvents,
  rateLimits,
  studyPlanVersions,
  timeLog,
  users,
} from '@/db/schema';
import { InvalidInputError } from '@/lib/action';
import { storeAnswersAndCards } from '@/lib/checks/cards';
import { getAnswerRows, type AnswerRow } from '@/lib/checks/queries';
import { cohortExport } from '@/lib/cohorts/export';
import { findTopic } from '@/lib/content';
import { getNotes, mergeNotes, type NoteRow } from '@/lib/notes/queries';
import type { PlanExport } from '@/lib/plan/export';
import { getPlanExport, mergePlansWithin } from '@/lib/plan/export-queries';
import { MAX_PLAN_VERSIONS, MAX_TIME_LOG_ROWS } from '@/lib/plan/limits';
import { profileSettingsColumns } from '@/lib/profile/queries';
import { MAX_HISTORY_ENTRIES, MAX_RETIRED_TOPICS } from '@/lib/progress/limits';
import { getProgressRows, mergeProgressWithin } from '@/lib/progress/queries';
import type { ProgressRow } from '@/lib/progress/status';
import {
  checklistRows,
  getChecklistRows,
  type ChecklistRow,
} from '@/lib/projects/checklist-queries';
import { getProjectRows, projectStatusRows, type ProjectRow } from '@/lib/projects/queries';
import { learnerKey } from '@/lib/rate-limit/policy';

import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format';

/** Everything Waymark holds about the learner, in the export format. */
export async function getAccountExport(userId: string): Promise<ExportFile | undefined> {
  const db = await getDb();
  const [profile] = await db
    .select({
      name: users.name,
      login: users.login,
      timeZone: users.timeZone,
      createdAt: users.createdAt,
      ...profileSettingsColumns,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!profile) return undefined;
  const { profilePublic, showNotes, displayName, ...identity } = profile;
  const [progress, notes, projects, checklists, checkAnswers, plans, cohorts, history] =
    await Promise.all([
      getProgressRows(userId),
      getNotes(userId),
      getProjectRows(userId),
      getChecklistRows(userId),
      getAnswerRows(userId),
      getPlanExport(userId),
      cohortExport(userId),
      db
        .select({
          roadmapId: progressEvents.roadmapId,
          topicId: progressEvents.topicId,
          status: progressEvents.status,
          source: progressEvents.source,
          changedAt: progressEvents.changedAt,
        })
        .from(progressEvents)
        .where(eq(progressEvents.userId, userId))
        // The newest entries the history keeps (it is trimmed now and then, not on every write).
        .orderBy(desc(progressEvents.id))
        .limit(MAX_HISTORY_ENTRIES),
    ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    profile: { ...identity, createdAt: identity.createdAt.toISOString() },
    settings: { profilePublic, showNotes, displayName },
    progress: progress.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    notes: notes.map((note) => ({ ...note, updatedAt: note.updatedAt.toISOString() })),
    projects: projects
      .sort(byProject)
      .map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    checklists: checklists
      .sort(byProject)
      .map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    checkAnswers: checkAnswers.map((row) => ({ ...row, answeredAt: row.answeredAt.toISOString() })),
    history: history
      .reverse()
      .map((event) => ({ ...event, changedAt: event.changedAt.toISOString() })),
    plans,
    cohorts,
  };
}

const byProject = (
  a: { roadmapId: string; projectId: string },
  b: { roadmapId: string; projectId: string },
) => a.roadmapId.localeCompare(b.roadmapId) || a.projectId.localeCompare(b.projectId);

/**
 * Merges an export's progress, notes, step projects (and their checklists), check answers and plans into the account,
 * together or not at all: per topic (or project) the most recent change wins; an answer already
 * stored is kept once. Settings are not imported: a file never makes a profile public.
 */
export async function importIntoAccount(
  userId: string,
  file: {
    progress: ProgressRow[];
    notes: NoteRow[];
    projects: ProjectRow[];
    checklists?: ChecklistRow[];
    checkAnswers?: AnswerRow[];
    plans?: PlanExport;
  },
): Promise<{
  progress: number;
  notes: number;
  projects: number;
  checklists: number;
  checkAnswers: number;
  plans: number;
}> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const merged = {
      progress: await mergeProgressWithin(tx, userId, file.progress, { source: 'import' }),
      notes: await mergeNotes(tx, userId, file.notes),
      projects: await projectStatusRows.mergeWithin(tx, userId, file.projects),
      checklists: await checklistRows.mergeWithin(tx, userId, file.checklists ?? []),
      checkAnswers: (await storeAnswersAndCards(userId, file.checkAnswers ?? [], tx)).added,
      plans: file.plans ? await mergePlansWithin(tx, userId, file.plans) : 0,
    };
    await refuseTooManyRetired(tx, userId);
    await refuseTooManyPlanRows(tx, userId);
    return merged;
  });
}

/**
 * The account-wide ceiling on retired topics (each file is checked on its own as it is parsed;
 * two files could still add up). Throwing rolls the whole import back.
 */
async function refuseTooManyRetired(tx: Transaction, userId: string) {
  for (const [table, what] of [
    [progress, 'progress'],
    [notes, 'notes'],
  ] as const) {
    const keys = await tx
      .select({ roadmapId: table.roadmapId, topicId: table.topicId })
      .from(table)
      .where(eq(table.userId, userId));
    const retired = keys.filter((key) => !findTopic(key.roadmapId, key.topicId)).length;
    if (retired > MAX_RETIRED_TOPICS) {
      throw new InvalidInputError(
        `With this file your account would keep ${what} on ${retired} topics this Waymark does not have; it can keep ${MAX_RETIRED_TOPICS}. Nothing was imported.`,
      );
    }
  }
}

/** Throws (rolling the import back) when the account would keep more plan rows than it may. */
async function refuseTooManyPlanRows(tx: Transaction, userId: string) {
  for (const [table, ceiling, what] of [
    [studyPlanVersions, MAX_PLAN_VERSIONS, 'plan versions'],
    [timeLog, MAX_TIME_LOG_ROWS, 'days of logged time (per topic)'],
  ] as const) {
    const [kept] = await tx.select({ rows: count() }).from(table).where(eq(table.userId, userId));
    if (kept!.rows > ceiling)
      throw new InvalidInputError(
        `With this file your account would keep ${kept!.rows} ${what}; it can keep ${ceiling}. Nothing was imported.`,
      );
  }
}

/**
 * Removes the learner and, through the foreign keys' ON DELETE CASCADE, their GitHub account link,
 * sessions, settings, progress, history, notes, step projects and checklists, check answers, plans, logged time
 * and the calendar feed, plus the write counters keyed on the id, in one transaction.
 */
export async function deleteUser(userId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(users).where(eq(users.id, userId));
    // Write counters are keyed by id, not a foreign key: they go too.
    await tx.delete(rateLimits).where(eq(rateLimits.key, learnerKey(userId)));
  });
}
