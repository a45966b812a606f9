'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';

import { formAction, InvalidInputError } from '@/lib/action';
import { signOut } from '@/lib/auth/config';
import { findTopic, knownProject } from '@/lib/content';
import { keptTicks } from '@/lib/projects/checklist-input';
import { spendRowWrites } from '@/lib/rate-limit/check';

import { describeImportProblem, exportFileSchema, MAX_IMPORT_BYTES } from './export-format';
import { importedCheckResults } from './import-summary';
import { deleteUser, importIntoAccount } from './queries';

const importInput = z.object({
  file: z
    .instanceof(File, { error: 'Choose a Waymark export file (.json) to import.' })
    .refine((file) => file.size > 0, 'The chosen file is empty.')
    .refine(
      (file) => file.size <= MAX_IMPORT_BYTES,
      'The file is larger than 900 KB: it is not a Waymark export.',
    ),
});

// Graded answers name only topics the checks have, so a title is always found.
const topicTitle = (roadmapId: string, topicId: string) =>
  findTopic(roadmapId, topicId)?.topic.title ?? topicId;

/**
 * Imports an export file: validated as a whole (nothing changes if any part is wrong), then its
 * progress, notes and step projects merge by the sign-in rule — per topic, the most recent change wins. Every
 * row counts against the write budget, so the next writes may have to wait a minute.
 */
export const importAccountData = formAction(
  'importAccountData',
  importInput,
  async ({ file }, user) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      throw new InvalidInputError('The file is not JSON: it is not a Waymark export.');
    }
    const result = exportFileSchema.safeParse(parsed);
    if (!result.success) throw new InvalidInputError(describeImportProblem(result.error));
    // A timestamp from the future would outrank every later change: it counts as now.
    const asOfNow = <T extends { updatedAt: string }>(entry: T) => ({
      ...entry,
      updatedAt: new Date(Math.min(Date.parse(entry.updatedAt), Date.now())),
    });
    const progress = result.data.progress.map(asOfNow);
    const notes = result.data.notes.map(asOfNow);
    // A project the content no longer has has no page to keep it on: it is left out.
    const projects = result.data.projects.filter(knownProject).map(asOfNow);
    // So is its checklist; ticks on items the project no longer has are dropped.
    const checklists = result.data.checklists.filter(knownProject).map(keptTicks).map(asOfNow);
    const checkAnswers = result.data.checkAnswers.map((answer) => ({
      ...answer,
      answeredAt: new Date(Math.min(Date.parse(answer.answeredAt), Date.now())),
    }));
    const plans = result.data.plans;
    const planRows = plans ? plans.versions.length + plans.time.length : 0;
    await spendRowWrites(
      user.id,
      progress.length +
        notes.length +
        projects.length +
        checklists.length +
        checkAnswers.length +
        planRows,
    );
    const merged = await importIntoAccount(user.id, {
      progress,
      notes,
      projects,
      checklists,
      checkAnswers,
      plans,
    });
    return {
      merged: merged.progress,
      entries: progress.length,
      notesMerged: merged.notes,
      notes: notes.length,
      projectsMerged: merged.projects,
      projects: result.data.projects.length,
      checklistsMerged: merged.checklists,
      checklists: checklists.length,
      planRowsMerged: merged.plans,
      planRows,
      checkResults: importedCheckResults(checkAnswers, merged.checkAnswers, topicTitle),
      cohorts: result.data.cohorts.length,
    };
  },
);

const deleteInput = z.object({
  confirmLogin: z.string().trim().min(1, 'Type your GitHub login to confirm.').max(100),
});

/** Deletes the account after the learner typed their GitHub login, then signs out. */
export const deleteAccount = formAction(
  'deleteAccount',
  deleteInput,
  async (input, user) => {
    if (input.confirmLogin.toLowerCase() !== (user.login ?? '').toLowerCase()) {
      throw new InvalidInputError('That is not your GitHub login: nothing was deleted.', {
        confirmLogin: 'does not match',
      });
    }
    await deleteUser(user.id);
    return null;
  },
  {
    after: async () => {
      await signOut({ redirect: false });
      redirect('/goodbye');
    },
  },
);
