import { expect, it } from 'vitest';

import { describeEachDriver, harness, useLearners } from '@/testing/integration';
import { countRows } from '@/testing/rows';
import { limitWritesAt } from '@/testing/write-limits';

limitWritesAt('2026-12-01T10:00:10Z', { perLearner: 2, perAddress: 3 });

const { gradeCheck } = await import('./actions');
const { firstCheckedTopicForTests } = await import('./testing');

const { roadmapId, topicId, check } = firstCheckedTopicForTests();
const submit = () => {
  const data = new FormData();
  data.set('roadmapId', roadmapId);
  data.set('topicId', topicId);
  const question = check.questions[0]!;
  data.set('asked', question.id);
  data.set(`q.${question.id}`, question.options[0]!.id);
  return gradeCheck(null, data);
};
const from = (address: string) => (harness.headers = { 'x-waymark-peer-address': address });

describeEachDriver('check submissions are rate-limited', () => {
  const { checker: learner } = useLearners('checker');
  const storedRows = () => countRows('check_answers');

  it('refuses a learner past their write budget, recording nothing', async () => {
    harness.user = learner;
    from('203.0.113.20');
    expect([(await submit()).ok, (await submit()).ok]).toEqual([true, true]);
    const before = await storedRows();
    expect(await submit()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(await storedRows()).toBe(before);
  });

  it('counts a visitor’s submissions against their address', async () => {
    harness.user = null;
    from('203.0.113.21');
    const results = [];
    for (let n = 0; n < 4; n++) results.push((await submit()).ok);
    expect(results).toEqual([true, true, true, false]);
    from('203.0.113.22');
    expect((await submit()).ok).toBe(true);
  });
});
