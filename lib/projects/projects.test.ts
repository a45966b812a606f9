import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';

import { users } from '@/db/schema';
import { importAccountData } from '@/lib/account/actions';
import { deleteUser, getAccountExport } from '@/lib/account/queries';
import { getRoadmaps } from '@/lib/content';
import { getPersonalView } from '@/lib/progress/personal-view-query';
import { describeEachDriver, harness, testDatabase, useLearners } from '@/testing/integration';
import { form } from '@/testing/requests';
import { countRows } from '@/testing/rows';

import { mergeBrowserProjects, setProjectStatus } from './actions';
import { getProjectRows } from './queries';

const roadmap = getRoadmaps()[0]!;
const [projectA, projectB] = roadmap.steps.map((step) => step.project);
const repo = 'https://github.com/mona/file-server';

const projectForm = (fields: Record<string, string> = {}) =>
  form({ roadmapId: roadmap.id, projectId: projectA!.id, status: 'done', url: repo, ...fields });

describeEachDriver('step projects', () => {
  const { mona, hubot } = useLearners('mona', 'hubot');

  const count = (table: 'project_progress' | 'progress' | 'progress_events', userId: string) =>
    countRows(table, sql`user_id = ${userId}`);

  it('saves status and link for the session learner only, never touching topic progress', async () => {
    harness.user = mona;
    const saved = await setProjectStatus(null, projectForm({ userId: hubot.id }));
    expect(saved).toMatchObject({
      ok: true,
      data: { roadmapId: roadmap.id, projectId: projectA!.id, status: 'done', url: repo },
    });
    expect(await getProjectRows(hubot.id)).toEqual([]);
    expect(await count('progress', mona.id)).toBe(0);
    expect(await count('progress_events', mona.id)).toBe(0);

    // Emptying the field removes the link; the status stays what the form says.
    await setProjectStatus(null, projectForm({ status: 'in_progress', url: '  ' }));
    expect(await getProjectRows(mona.id)).toMatchObject([{ status: 'in_progress', url: null }]);
    await setProjectStatus(null, projectForm());
  });

  it.each([
    ['javascript:alert(document.cookie)', 'must start with https://'],
    ['http://github.com/mona/file-server', 'must start with https://'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'must start with https://'],
    ['https://exa mple.com/x', 'must not contain spaces'],
    ['https://', 'is not a valid web address'],
    [`https://github.com/${'a'.repeat(2_049 - 19)}`, 'is 2049 characters long'],
  ])('refuses %s with a message naming the field, saving nothing', async (url, problem) => {
    harness.user = mona;
    const before = await getProjectRows(mona.id);
    const refused = await setProjectStatus(null, projectForm({ url, status: 'not_started' }));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('INVALID_INPUT');
    expect(refused.error.message).toContain(`The repository or demo URL ${problem}`);
    expect(refused.error.fields?.url).toContain(problem);
    // The page rendered without JavaScript shows the text as typed.
    expect(refused.error.submitted?.url).toBe(url);
    expect(await getProjectRows(mona.id)).toEqual(before);
  });

  it('refuses unknown projects and statuses, and visitors', async () => {
    harness.user = mona;
    expect(
      await setProjectStatus(null, projectForm({ projectId: 'no-such-project' })),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { projectId: 'This project does not exist (any more).' },
      },
    });
    expect(await setProjectStatus(null, projectForm({ status: 'skipped' }))).toMatchObject({
      ok: false,
      error: { fields: { status: 'The project status must be not started, in progress or done.' } },
    });
    harness.user = null;
    expect(await setProjectStatus(null, projectForm())).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('rides along in the personal view of /api/me, for its owner only', async () => {
    const view = await getPersonalView(mona.id, roadmap.id);
    expect(view.projects).toMatchObject([{ projectId: projectA!.id, status: 'done', url: repo }]);
    expect(view.progress).toEqual([]);
    expect((await getPersonalView(hubot.id, roadmap.id)).projects).toEqual([]);
    expect((await getPersonalView(mona.id, 'javascript-backend')).projects).toEqual([]);
  });

  it('merges the browser’s projects at sign-in: newest wins, stale or unsafe entries are ignored', async () => {
    harness.user = mona;
    const [current] = await getProjectRows(mona.id);
    const older = new Date(current!.updatedAt.getTime() - 60_000).toISOString();
    const result = await mergeBrowserProjects({
      entries: [
        {
          roadmapId: roadmap.id,
          projectId: projectA!.id,
          status: 'in_progress',
          url: null,
          updatedAt: older,
        },
        {
          roadmapId: roadmap.id,
          projectId: projectB!.id,
          status: 'done',
          url: 'https://b.example.org/',
          updatedAt: new Date().toISOString(),
        },
        {
          roadmapId: roadmap.id,
          projectId: 'retired-project',
          status: 'done',
          url: null,
          updatedAt: older,
        },
        {
          roadmapId: roadmap.id,
          projectId: projectB!.id,
          status: 'done',
          url: 'javascript:alert(1)',
          updatedAt: older,
        },
        'garbage',
      ],
    });
    expect(result).toMatchObject({ ok: true, data: { merged: 1, ignored: 3 } });
    expect(result.ok && result.data.projects[roadmap.id]).toMatchObject({
      [projectA!.id]: { status: 'done', url: repo },
      [projectB!.id]: { status: 'done', url: 'https://b.example.org/' },
    });
    // A clock running ahead is brought back to now, so it cannot outrank later changes forever.
    await mergeBrowserProjects({
      entries: [
        {
          roadmapId: roadmap.id,
          projectId: projectB!.id,
          status: 'in_progress',
          url: null,
          updatedAt: '2099-01-01T00:00:00Z',
        },
      ],
    });
    const [b] = (await getProjectRows(mona.id)).filter((row) => row.projectId === projectB!.id);
    expect(b!.updatedAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await mergeBrowserProjects({ entries: new Array(201).fill({}) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await getProjectRows(hubot.id)).toEqual([]);
  });

  it('survives export, account deletion and import', async () => {
    harness.user = mona;
    const exported = await getAccountExport(mona.id);
    expect(exported?.version).toBe(3);
    expect(exported?.projects).toHaveLength(2);
    const before = await getProjectRows(mona.id);

    await deleteUser(mona.id);
    expect(await count('project_progress', mona.id)).toBe(0);

    await testDatabase().db.insert(users).values(mona);
    const file = new File([JSON.stringify(exported)], 'export.json');
    const imported = await importAccountData(null, form({ file }));
    expect(imported).toMatchObject({ ok: true, data: { projectsMerged: 2, projects: 2 } });
    const sorted = (rows: typeof before) =>
      [...rows].sort((x, y) => x.projectId.localeCompare(y.projectId));
    expect(sorted(await getProjectRows(mona.id))).toEqual(sorted(before));

    // Importing the same file again changes nothing: the account's entries are as new.
    const again = await importAccountData(null, form({ file }));
    expect(again).toMatchObject({ ok: true, data: { projectsMerged: 0 } });
  });

  it('refuses a whole file whose project link is unsafe', async () => {
    harness.user = hubot;
    const file = {
      format: 'waymark-export',
      version: 3,
      exportedAt: new Date().toISOString(),
      profile: { name: null, login: 'hubot', timeZone: null, createdAt: new Date().toISOString() },
      progress: [],
      history: [],
      projects: [
        {
          roadmapId: roadmap.id,
          projectId: projectA!.id,
          status: 'done',
          url: 'data:text/html,x',
          updatedAt: new Date().toISOString(),
        },
      ],
    };
    const refused = await importAccountData(
      null,
      form({ file: new File([JSON.stringify(file)], 'x.json') }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /^projects\[0\]\.url must start with https:\/\//,
    );
    expect(await getProjectRows(hubot.id)).toEqual([]);
  });
});
