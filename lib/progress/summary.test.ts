import { describe, expect, it } from 'vitest';

import type { Roadmap, Topic } from '@/lib/content';

import { coreTopics, isFinished, nextUp, roadmapTopics, tally, toOutline } from './summary';

const topic = (id: string) => ({ id }) as Topic;
const roadmap = {
  steps: [
    { id: 'one', topics: [topic('a'), topic('b')] },
    { id: 'two', topics: [topic('c'), topic('d'), topic('e')] },
  ],
} as Roadmap;

describe('tally', () => {
  it('counts done and skipped as complete and in-progress separately', () => {
    const result = tally(roadmapTopics(roadmap), {
      a: 'done',
      b: 'skipped',
      c: 'in_progress',
      d: 'not_started',
    });
    expect(result).toEqual({
      total: 5,
      done: 1,
      skipped: 1,
      inProgress: 1,
      complete: 2,
      percent: 40,
    });
  });

  it('rounds down, so 100% means every topic is complete', () => {
    const topics = Array.from({ length: 201 }, (_, i) => topic(`t${i}`));
    const statuses = Object.fromEntries(topics.slice(0, 200).map((t) => [t.id, 'done' as const]));
    expect(tally(topics, statuses).percent).toBe(99);
    expect(tally([], {}).percent).toBe(0);
  });

  it('ignores statuses of topics that are not in the list (retired topics)', () => {
    expect(tally([topic('a')], { a: 'done', gone: 'done' })).toMatchObject({
      total: 1,
      complete: 1,
      percent: 100,
    });
  });
});

describe('nextUp', () => {
  it('is the first topic in order that is neither done nor skipped', () => {
    expect(nextUp(roadmap, {})?.topic.id).toBe('a');
    expect(nextUp(roadmap, { a: 'done', b: 'skipped', c: 'in_progress' })).toMatchObject({
      step: { id: 'two' },
      topic: { id: 'c' },
    });
    expect(nextUp(roadmap, { a: 'done', c: 'done' })?.topic.id).toBe('b');
  });

  it('is undefined when the roadmap is complete', () => {
    expect(
      nextUp(roadmap, { a: 'done', b: 'done', c: 'done', d: 'skipped', e: 'done' }),
    ).toBeUndefined();
  });
});

describe('core path and finished steps', () => {
  const withOptional = {
    steps: [
      { id: 'one', optional: false, topics: [topic('a')] },
      { id: 'two', optional: true, topics: [topic('b'), topic('c')] },
    ],
  } as Roadmap;

  it('counts only the topics of steps that are not optional as the core path', () => {
    expect(coreTopics(toOutline(withOptional)).map((t) => t.id)).toEqual(['a']);
    expect(tally(coreTopics(toOutline(withOptional)), { a: 'done', b: 'done' }).percent).toBe(100);
  });

  it('finishes a step when every topic is done or skipped, never an empty one', () => {
    expect(isFinished(tally([topic('a'), topic('b')], { a: 'done', b: 'skipped' }))).toBe(true);
    expect(isFinished(tally([topic('a'), topic('b')], { a: 'done', b: 'in_progress' }))).toBe(
      false,
    );
    expect(isFinished(tally([], {}))).toBe(false);
  });
});
