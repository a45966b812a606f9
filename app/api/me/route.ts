import type { NextRequest } from 'next/server';

import { isGitHubConfigured } from '@/lib/auth/github';
import { currentSession } from '@/lib/auth/session';
import { findTopic, getRoadmap } from '@/lib/content';
import { noStoreHeaders } from '@/lib/http/no-store';
import { cleanQueryValue } from '@/lib/http/query-value';
import { answerOrFail } from '@/lib/http/route-failure';
import { toNoteTree, toProgressTree, type MeResponse } from '@/lib/progress/personal-view';
import { getPersonalView } from '@/lib/progress/personal-view-query';
import { toChecklistTree } from '@/lib/projects/checklist';
import { toProjectTree } from '@/lib/projects/local';

/**
 * Who is signed in and, with `?progress=<roadmap id>` or `?progress=all`, their progress and which
 * topics have notes (with `&note=<topic id>`, that topic's note too): the one small personal request
 * behind otherwise static pages (one session lookup, one query).
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const scope = cleanQueryValue(params.get('progress'), 100);
  const roadmapId = scope && scope !== 'all' ? getRoadmap(scope)?.id : undefined;
  const noteTopicId =
    roadmapId && findTopic(roadmapId, cleanQueryValue(params.get('note'), 100))?.topic.id;
  return answerOrFail(
    { route: '/api/me', headers: request.headers },
    'Your account is unavailable right now.',
    async () => {
      const session = await currentSession();
      if (!session?.user) {
        return Response.json(
          {
            signInAvailable: isGitHubConfigured,
            user: null,
            progress: {},
            notes: {},
            projects: {},
            checklists: {},
          } satisfies MeResponse,
          { headers: noStoreHeaders },
        );
      }
      const { name, login, image, profilePublic, notesPublic } = session.user;
      const view =
        scope === 'all' || roadmapId
          ? await getPersonalView(session.user.id, roadmapId, noteTopicId)
          : { progress: [], notes: [], projects: [], checklists: [] };
      const progress = toProgressTree(view.progress);
      const notes = toNoteTree(view.notes);
      const projects = toProjectTree(view.projects);
      const checklists = toChecklistTree(view.checklists);
      const user = {
        id: session.user.id,
        name: name ?? null,
        login,
        image: image ?? null,
        profilePublic,
        notesPublic,
      };
      return Response.json(
        {
          signInAvailable: isGitHubConfigured,
          user,
          progress,
          notes,
          projects,
          checklists,
        } satisfies MeResponse,
        { headers: noStoreHeaders },
      );
    },
  );
}
