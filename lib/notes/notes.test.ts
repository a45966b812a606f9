import { expect, it } from 'vitest';

import { getRoadmaps } from '@/lib/content';
import { setTopicStatus } from '@/lib/progress/actions';
import { getPersonalView } from '@/lib/progress/personal-view-query';
import { describeEachDriver, harness, useLearners } from '@/testing/integration';
import { form } from '@/testing/requests';
import { countRows } from '@/testing/rows';

import { saveTopicNote } from './actions';
import { getNote } from './queries';

const roadmap = getRoadmaps()[0]!;
const [topicA, topicB] = roadmap.steps.flatMap((step) => step.topics);

const noteForm = (body: string, topicId = topicA!.id) =>
  form({ roadmapId: roadmap.id, topicId, body });

describeEachDriver('notes', () => {
  const { mona, hubot } = useLearners('mona', 'hubot');

  const noteCount = () => countRows('notes');

  it('saves, updates and, when emptied, deletes a note — for the session user only', async () => {
    harness.user = mona;
    const first = await saveTopicNote(null, noteForm('Line one\r\nLine two'));
    expect(first).toMatchObject({ ok: true, data: { body: 'Line one\nLine two' } });
    // A forged user id in the form changes nothing: the session decides whose note it is.
    await saveTopicNote(
      null,
      form({ ...Object.fromEntries(noteForm('edited')), userId: hubot.id }),
    );
    expect((await getNote(mona.id, roadmap.id, topicA!.id))?.body).toBe('edited');
    expect(await getNote(hubot.id, roadmap.id, topicA!.id)).toBeUndefined();

    expect(await saveTopicNote(null, noteForm('   \n'))).toEqual({ ok: true, data: null });
    expect(await getNote(mona.id, roadmap.id, topicA!.id)).toBeUndefined();
  });

  it('refuses a note past 10,000 characters with a clear message, keeping the draft', async () => {
    harness.user = mona;
    await saveTopicNote(null, noteForm('kept'));
    const tooLong = 'x'.repeat(10_001);
    const refused = await saveTopicNote(null, noteForm(tooLong));
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        submitted: { body: tooLong },
        message:
          'Your note is 10,001 characters long; a note can hold 10,000. Shorten it and save again.',
      },
    });
    expect((await getNote(mona.id, roadmap.id, topicA!.id))?.body).toBe('kept');
    // Exactly at the limit, counting a CRLF pair as the one line break the learner typed.
    const atLimit = `${'y'.repeat(9_998)}\r\nz`;
    expect((await saveTopicNote(null, noteForm(atLimit))).ok).toBe(true);
  });

  it('refuses runaway nesting, runaway formatting marks and NUL bytes, keeping the note', async () => {
    harness.user = mona;
    await saveTopicNote(null, noteForm('kept'));
    const refusals = [
      [
        '- '.repeat(4_999) + 'a',
        /^Your note nests lists or quotes \d+ levels deep; a note can nest 8\./,
      ],
      ['*a_'.repeat(3_333), /^A paragraph of your note has 6,666 formatting marks/],
      ['before\0after', /^Your note contains a NUL character/],
    ] as const;
    for (const [body, message] of refusals) {
      const refused = await saveTopicNote(null, noteForm(body));
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', submitted: { body } },
      });
      expect(refused.ok || refused.error.message).toMatch(message);
    }
    expect((await getNote(mona.id, roadmap.id, topicA!.id))?.body).toBe('kept');
  });

  it('refuses unknown topics, missing fields and visitors, changing nothing', async () => {
    const before = await noteCount();
    harness.user = mona;
    for (const fields of <Record<string, string>[]>[
      { roadmapId: roadmap.id, topicId: 'no-such-topic', body: 'x' },
      { roadmapId: 'cobol', topicId: topicA!.id, body: 'x' },
      { roadmapId: roadmap.id, topicId: topicA!.id },
    ]) {
      expect(await saveTopicNote(null, form(fields))).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    harness.user = null;
    expect(await saveTopicNote(null, noteForm('x'))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await noteCount()).toBe(before);
  });

  it('reads progress, noted topics and one note body in a single statement', async () => {
    harness.user = mona;
    await saveTopicNote(null, noteForm('note A'));
    await saveTopicNote(null, noteForm('note B', topicB!.id));
    await setTopicStatus(
      null,
      form({ roadmapId: roadmap.id, topicId: topicA!.id, status: 'done' }),
    );

    const view = await getPersonalView(mona.id, roadmap.id, topicA!.id);
    expect(view.progress).toMatchObject([{ topicId: topicA!.id, status: 'done' }]);
    expect(
      view.notes
        .map(({ topicId, body }) => ({ topicId, body }))
        .sort((a, b) => a.topicId.localeCompare(b.topicId)),
    ).toEqual(
      [
        { topicId: topicA!.id, body: 'note A' },
        { topicId: topicB!.id, body: null },
      ].sort((a, b) => a.topicId.localeCompare(b.topicId)),
    );
    expect(await getPersonalView(hubot.id, roadmap.id, topicA!.id)).toEqual({
      progress: [],
      notes: [],
      projects: [],
      checklists: [],
    });
  });
});
