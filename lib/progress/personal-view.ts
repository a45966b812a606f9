import type { NoteTree } from '@/lib/notes/tree';
import type { ChecklistTree } from '@/lib/projects/checklist';
import type { ProjectTree } from '@/lib/projects/local';

import { toEntryTree, type ProgressTree } from './local';
import type { TopicStatus } from './status';

/** The signed-in learner as the browser sees them (from /api/me). */
export type MeUser = {
  id: string;
  name: string | null;
  login: string | null;
  image: string | null;
  /** Whether /u/<login> is public, so the roadmap page can offer to share. */
  profilePublic: boolean;
  notesPublic: boolean;
};

/** The one personal request behind the static pages: who is signed in, and their progress. */
export type MeResponse =
  | {
      signInAvailable: boolean;
      user: MeUser | null;
      progress: ProgressTree;
      notes: NoteTree;
      /** The learner's step projects on the same roadmaps as `progress`. */
      projects: ProjectTree;
      /** The items ticked on those projects' checklists. */
      checklists: ChecklistTree;
    }
  | { error: string };

type Row = { roadmapId: string; topicId: string; updatedAt: Date };

/** Progress rows as the tree the browser keeps (roadmap → topic → status and time). */
export const toProgressTree = (rows: (Row & { status: TopicStatus })[]): ProgressTree =>
  toEntryTree(rows, 'topicId');

/** Note rows as a tree; only the note of the topic being read carries its text. */
export function toNoteTree(rows: (Row & { body: string | null })[]): NoteTree {
  const tree: NoteTree = {};
  for (const row of rows) {
    (tree[row.roadmapId] ??= {})[row.topicId] = {
      updatedAt: row.updatedAt.toISOString(),
      ...(row.body === null ? {} : { body: row.body }),
    };
  }
  return tree;
}
