import 'server-only';

import { cache } from 'react';

import { getRoadmap, type Roadmap } from '@/lib/content';
import { getNotes, type NoteRow } from '@/lib/notes/queries';
import { getProgressRows } from '@/lib/progress/queries';
import type { TopicStatus } from '@/lib/progress/status';
import { roadmapTopics, tally, type Tally } from '@/lib/progress/summary';
import { getProjectRows } from '@/lib/projects/queries';
import { learnerProjects, type LearnerProject } from '@/lib/projects/view';

import { findPublicProfile, type PublicProfile } from './queries';

/** One request's public profile lookup, shared by the page, its metadata and its image. */
export const getPublicProfile = cache((login: string) => findPublicProfile(login));

type SharedRoadmap = {
  profile: PublicProfile;
  roadmap: Roadmap;
  statuses: Record<string, TopicStatus>;
  tally: Tally;
  /** The learner's notes on this roadmap, only when they chose to show them. */
  notes: Map<string, NoteRow>;
  /** The step projects of this roadmap the learner has done, with their links. */
  doneProjects: LearnerProject[];
};

/**
 * A learner's progress on one roadmap as others may see it, or undefined when the profile is
 * private, the login unknown or the roadmap unknown — all alike, so none of them leaks.
 */
export const getSharedRoadmap = cache(
  async (login: string, roadmapId: string): Promise<SharedRoadmap | undefined> => {
    const roadmap = getRoadmap(roadmapId);
    if (!roadmap) return undefined;
    const profile = await getPublicProfile(login);
    if (!profile) return undefined;
    const [rows, notes, projectRows] = await Promise.all([
      getProgressRows(profile.id, roadmap.id),
      profile.showNotes ? getNotes(profile.id, roadmap.id) : [],
      getProjectRows(profile.id, roadmap.id),
    ]);
    const statuses = Object.fromEntries(rows.map((row) => [row.topicId, row.status]));
    return {
      profile,
      roadmap,
      statuses,
      tally: tally(roadmapTopics(roadmap), statuses),
      notes: new Map(notes.map((note) => [note.topicId, note])),
      doneProjects: learnerProjects([roadmap], projectRows, 'done'),
    };
  },
);
