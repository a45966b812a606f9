import { describe, expect, it } from 'vitest';

import type { Roadmap, Step, Topic } from './model';
import { topicInOrder } from './order';

const topic = (id: string) => ({ id, title: id }) as Topic;
const step = (id: string, topics: string[]) => ({ id, topics: topics.map(topic) }) as Step;
const roadmap = {
  id: 'r',
  steps: [step('one', ['a', 'b']), step('empty', []), step('two', ['c'])],
} as Roadmap;

describe('topicInOrder', () => {
  it('finds the previous and next topic within a step', () => {
    const found = topicInOrder(roadmap, 'a');
    expect(found?.step.id).toBe('one');
    expect(found?.previous).toBeUndefined();
    expect(found?.next?.id).toBe('b');
  });

  it('crosses into the next step (skipping one without topics) and back', () => {
    expect(topicInOrder(roadmap, 'b')?.next?.id).toBe('c');
    const last = topicInOrder(roadmap, 'c');
    expect(last?.step.id).toBe('two');
    expect(last?.previous?.id).toBe('b');
    expect(last?.next).toBeUndefined();
  });

  it('knows no topic the roadmap lacks', () => {
    expect(topicInOrder(roadmap, 'zzz')).toBeUndefined();
  });
});
