import { describe, expect, it } from 'vitest';

import { getRoadmaps } from '@/lib/content';

import { stepStatusView } from './step-status';

const step = getRoadmaps()[0]!.steps[1]!;
const [first, second] = step.topics;

describe("a step's status page", () => {
  it('lists every topic of the step in order, not started unless a status is saved', () => {
    const view = stepStatusView(step, new Map([[second!.id, 'done']]), undefined);
    expect(view.topics.map((topic) => topic.id)).toEqual(step.topics.map((topic) => topic.id));
    expect(view.topics[0]).toEqual({ id: first!.id, title: first!.title, status: 'not_started' });
    expect(view.topics[1]!.status).toBe('done');
    expect(view.saved).toBeUndefined();
  });

  it('confirms the saved topic with its status as stored', () => {
    const view = stepStatusView(step, new Map([[second!.id, 'skipped']]), second!.id);
    expect(view.saved).toEqual({ title: second!.title, status: 'skipped' });
  });

  it('ignores a saved parameter that names no topic of the step', () => {
    const elsewhere = getRoadmaps()[0]!.steps[0]!.topics[0]!.id;
    for (const saved of [elsewhere, '', '<script>', ['a', 'b'], 42]) {
      expect(stepStatusView(step, new Map(), saved).saved).toBeUndefined();
    }
  });
});
