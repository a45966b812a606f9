import { randomUUID } from 'node:crypto';

import { beforeAll, expect, it } from 'vitest';

import { notes, progress, users } from '@/db/schema';
import { getRoadmaps } from '@/lib/content';
import { describeEachDriver, harness, testDatabase } from '@/testing/integration';
import { form } from '@/testing/requests';

import { saveProfile } from './actions';
import { getSharedRoadmap } from './public';
import { findPublicProfile, getProfileSettings } from './queries';

const roadmap = getRoadmaps()[0]!;
const topic = roadmap.steps[0]!.topics[0]!;

describeEachDriver('public profiles', () => {
  const mona = { id: randomUUID(), login: 'Mona-Cat', name: 'Mona GitHub' };

  beforeAll(async () => {
    const db = testDatabase().db;
    await db.insert(users).values(mona);
    await db
      .insert(progress)
      .values({ userId: mona.id, roadmapId: roadmap.id, topicId: topic.id, status: 'done' });
    await db
      .insert(notes)
      .values({ userId: mona.id, roadmapId: roadmap.id, topicId: topic.id, body: 'secret' });
    harness.user = mona;
  }, 60_000);

  it('is private by default: a private and an unknown login look the same', async () => {
    expect(await getProfileSettings(mona.id)).toEqual({
      profilePublic: false,
      showNotes: false,
      displayName: null,
    });
    expect(await findPublicProfile('mona-cat')).toBeUndefined();
    expect(await findPublicProfile('nobody')).toBeUndefined();
    expect(await getSharedRoadmap('mona-cat', roadmap.id)).toBeUndefined();
  });

  it('opens the profile, found case-insensitively, with notes only when asked for', async () => {
    const saved = await saveProfile(
      null,
      form({ profilePublic: 'on', displayName: '  Mona  L. ' }),
    );
    expect(saved).toMatchObject({
      ok: true,
      data: { profilePublic: true, displayName: 'Mona L.' },
    });
    expect(await findPublicProfile('MONA-CAT')).toMatchObject({
      id: mona.id,
      login: 'Mona-Cat',
      name: 'Mona L.',
      showNotes: false,
    });
    const shared = await getSharedRoadmap('mona-cat', roadmap.id);
    expect(shared?.statuses).toEqual({ [topic.id]: 'done' });
    expect(shared?.notes.size).toBe(0);
    expect(await getSharedRoadmap('mona-cat', 'cobol')).toBeUndefined();

    await saveProfile(null, form({ profilePublic: 'on', showNotes: 'on' }));
    expect((await findPublicProfile('mona-cat'))?.name).toBe('Mona GitHub');
    expect((await getSharedRoadmap('mona-cat', roadmap.id))?.notes.get(topic.id)?.body).toBe(
      'secret',
    );

    await saveProfile(null, form({ showNotes: 'on' }));
    expect(await findPublicProfile('mona-cat')).toBeUndefined();
  });

  it('refuses forged and invalid settings, changing nothing', async () => {
    const before = await getProfileSettings(mona.id);
    for (const fields of <Record<string, string>[]>[
      { profilePublic: 'true' },
      { showNotes: '1' },
      { displayName: 'x'.repeat(61) },
      { displayName: 'Mona\u202Egnp.exe' },
    ]) {
      expect(await saveProfile(null, form(fields))).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    harness.user = null;
    expect(await saveProfile(null, form({ profilePublic: 'on' }))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    harness.user = mona;
    expect(await getProfileSettings(mona.id)).toEqual(before);
  });
});
