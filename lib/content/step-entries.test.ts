import { describe, expect, it } from 'vitest';

import { getRoadmap } from './index';
import { toStepEntries } from './step-entries';

describe('toStepEntries', () => {
  it('keeps what the roadmap page shows of each step, in order, and nothing of topic bodies', () => {
    const roadmap = getRoadmap('javascript-backend')!;
    const entries = toStepEntries(roadmap);
    expect(entries.map((entry) => entry.id)).toEqual(roadmap.steps.map((step) => step.id));
    const web3 = entries.find((entry) => entry.id === 'web3')!;
    expect(web3).toMatchObject({ number: '19', optional: true, gapNote: expect.any(String) });
    const first = roadmap.steps[0]!;
    expect(entries[0]).toEqual({
      id: first.id,
      number: first.number,
      title: first.title,
      summary: first.summary,
      hours: first.hours,
      topics: first.topics.map((topic) => [topic.id, topic.title, topic.hours]),
      project: [first.project.id, first.project.title, first.project.hours],
    });
  });
});
