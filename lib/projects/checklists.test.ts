import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';

import { users } from '@/db/schema';
import { importAccountData } from '@/lib/account/actions';
import { deleteUser, getAccountExport } from '@/lib/account/queries';
import { getRoadmaps } from '@/lib/content';
import { getPersonalView } from '@/lib/progress/personal-view-query';
import { exportFile } from '@/testing/export-file';
import { describeEachDriver, harness, testDatabase, useLearners } from '@/testing/integration';
import { form } from '@/testing/requests';
import { countRows } from '@/testing/rows';

import { mergeBrowserProjects } from './actions';
import { mergeBrowserChecklists, setProjectChecklist } from './checklist-actions';
import { getChecklistRows } from './checklist-queries';
import { getProjectRows } from './queries';

const roadmap = getRoadmaps()[0]!;
const [projectA, projectB] = roadmap.steps.map((step) => step.project);

/** The checklist form as posted: the ticked boxes only, each named `tick-<item id>`. */
const ticksForm = (ticked: string[], fields: Record<string, string> = {}) =>
  form({
    roadmapId: roadmap.id,
    projectId: projectA!.id,
    ...Object.fromEntries(ticked.map((id) => [`tick-${id}`, 'on'])),
    ...fields,
  });

describeEachDriver('project checklists', () => {
  const { mona, hubot } = useLearners('mona', 'hubot');

  it('saves the ticked items of the session learner only, each once and in order', async () => {
    harness.user = mona;
    const saved = await setProjectChecklist(
      null,
      ticksForm(['a2', 'r3', 'r1'], { userId: hubot.id }),
    );
    expect(saved).toMatchObject({ ok: true, data: { ticked: ['a2', 'r1', 'r3'] } });
    expect(await getChecklistRows(hubot.id)).toEqual([]);
    // Unticking is a save of the boxes still ticked.
    await setProjectChecklist(null, ticksForm(['r1']));
    expect(await getChecklistRows(mona.id)).toMatchObject([
      { projectId: projectA!.id, ticked: ['r1'] },
    ]);
    await setProjectChecklist(null, ticksForm([]));
    expect(await getChecklistRows(mona.id)).toMatchObject([{ ticked: [] }]);
    await setProjectChecklist(null, ticksForm(['r1', 'r2']));
    expect(await countRows('project_checklists', sql`user_id = ${mona.id}`)).toBe(1);
  });

  it('refuses items and projects the content does not have, and visitors', async () => {
    harness.user = mona;
    const beyond = `r${projectA!.requirements.length + 1}`;
    expect(await setProjectChecklist(null, ticksForm([beyond]))).toMatchObject({
      ok: false,
      error: { fields: { ticked: 'This checklist item does not exist (any more).' } },
    });
    expect(await setProjectChecklist(null, ticksForm(['x1']))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(
      await setProjectChecklist(null, ticksForm(['r1'], { projectId: 'no-such-project' })),
    ).toMatchObject({ ok: false, error: { fields: { projectId: expect.any(String) } } });
    harness.user = null;
    expect(await setProjectChecklist(null, ticksForm(['r1']))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await getChecklistRows(mona.id)).toMatchObject([{ ticked: ['r1', 'r2'] }]);
  });

  it('rides along in the personal view of /api/me, for its owner only', async () => {
    expect((await getPersonalView(mona.id, roadmap.id)).checklists).toMatchObject([
      { projectId: projectA!.id, ticked: ['r1', 'r2'] },
    ]);
    expect((await getPersonalView(hubot.id, roadmap.id)).checklists).toEqual([]);
    expect((await getPersonalView(mona.id, 'javascript-backend')).checklists).toEqual([]);
  });

  it('merges the browser’s checklists at sign-in: newest wins, gone items and projects drop', async () => {
    harness.user = mona;
    const [current] = await getChecklistRows(mona.id);
    const older = new Date(current!.updatedAt.getTime() - 60_000).toISOString();
    const now = new Date().toISOString();
    const entry = (projectId: string, ticked: string[], updatedAt: string) => ({
      roadmapId: roadmap.id,
      projectId,
      ticked,
      updatedAt,
    });
    const result = await mergeBrowserChecklists({
      entries: [
        entry(projectA!.id, ['s1'], older),
        entry(projectB!.id, ['a1', 'r1', 'r8', 'r9'], now),
        entry('retired-project', ['r1'], now),
        entry(projectB!.id, ['<script>'], now),
        'garbage',
      ],
    });
    expect(result).toMatchObject({ ok: true, data: { merged: 1, ignored: 3 } });
    const kept = ['a1', 'r1', ...(projectB!.requirements.length >= 8 ? ['r8'] : [])];
    expect(result.ok && result.data.checklists[roadmap.id]).toMatchObject({
      [projectA!.id]: { ticked: ['r1', 'r2'] },
      [projectB!.id]: { ticked: kept },
    });
    expect(await getChecklistRows(hubot.id)).toEqual([]);
  });

  it('completes a link without a scheme at the merge door, as the form does', async () => {
    harness.user = hubot;
    const merged = await mergeBrowserProjects({
      entries: [
        {
          roadmapId: roadmap.id,
          projectId: projectA!.id,
          status: 'done',
          url: 'github.com/hubot/repo',
          updatedAt: new Date().toISOString(),
        },
      ],
    });
    expect(merged).toMatchObject({ ok: true, data: { merged: 1, ignored: 0 } });
    expect(await getProjectRows(hubot.id)).toMatchObject([
      { url: 'https://github.com/hubot/repo' },
    ]);
  });

  it('survives export, account deletion and import; a file without the section still imports', async () => {
    harness.user = mona;
    const exported = await getAccountExport(mona.id);
    expect(exported?.checklists).toHaveLength(2);
    const before = await getChecklistRows(mona.id);
    await deleteUser(mona.id);
    expect(await countRows('project_checklists', sql`user_id = ${mona.id}`)).toBe(0);

    await testDatabase().db.insert(users).values(mona);
    const file = new File([JSON.stringify(exported)], 'export.json');
    expect(await importAccountData(null, form({ file }))).toMatchObject({
      ok: true,
      data: { checklistsMerged: 2, checklists: 2 },
    });
    const byId = (rows: typeof before) =>
      [...rows].sort((x, y) => x.projectId.localeCompare(y.projectId));
    expect(byId(await getChecklistRows(mona.id))).toEqual(byId(before));

    harness.user = hubot;
    const old = exportFile({
      projects: [
        {
          roadmapId: roadmap.id,
          projectId: projectB!.id,
          status: 'in_progress',
          url: 'github.com/hubot/other',
          updatedAt: new Date().toISOString(),
        },
      ],
    });
    expect(await importAccountData(null, form({ file: old }))).toMatchObject({
      ok: true,
      data: { checklists: 0, projectsMerged: 1 },
    });
    expect(await getProjectRows(hubot.id)).toContainEqual(
      expect.objectContaining({ url: 'https://github.com/hubot/other' }),
    );
  });

  it('refuses a whole file with a checklist item of the wrong shape', async () => {
    harness.user = hubot;
    const file = exportFile({
      checklists: [
        {
          roadmapId: roadmap.id,
          projectId: projectA!.id,
          ticked: ['zz'],
          updatedAt: new Date().toISOString(),
        },
      ],
    });
    const refused = await importAccountData(null, form({ file }));
    expect(!refused.ok && refused.error.message).toBe(
      'checklists[0].ticked[0] is not a checklist item',
    );
    expect(await getChecklistRows(hubot.id)).toEqual([]);
  });
});
