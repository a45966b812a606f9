import { describe, expect, it } from 'vitest';

import { nextOffers, projectWayOn } from './offers';

const step = {
  topics: [{ id: 'first' }, { id: 'last' }] as never,
  project: { id: 'build-it', title: 'Build it' } as never,
};

describe('nextOffers', () => {
  it('offers the next topic after a topic in the middle of a step', () => {
    expect(nextOffers('backend', step, 'first', { id: 'last', title: 'Last' })).toEqual([
      { label: 'Next topic', title: 'Last', href: '/roadmaps/backend/last' },
    ]);
  });

  it('offers the step project first after the last topic of a step, then the next topic', () => {
    expect(nextOffers('backend', step, 'last', { id: 'next-step-topic', title: 'Next' })).toEqual([
      { label: 'Step project', title: 'Build it', href: '/roadmaps/backend/projects/build-it' },
      { label: 'Next topic', title: 'Next', href: '/roadmaps/backend/next-step-topic' },
    ]);
  });

  it('offers the project and then the roadmap after the very last topic', () => {
    expect(nextOffers('backend', step, 'last', undefined).map((offer) => offer.href)).toEqual([
      '/roadmaps/backend/projects/build-it',
      '/roadmaps/backend',
    ]);
  });
});

describe('projectWayOn', () => {
  const topic = (id: string) => ({ id, title: id.toUpperCase() }) as never;
  const roadmap = {
    id: 'backend',
    steps: [
      {
        id: 'one',
        title: 'One',
        topics: [topic('a'), topic('b')],
        project: { id: 'p1', title: 'P1' },
      },
      { id: 'two', title: 'Two', topics: [topic('c')], project: { id: 'p2', title: 'P2' } },
      { id: 'three', title: 'Three', topics: [], project: { id: 'p3', title: 'P3' } },
    ] as never[],
  };

  it("offers the next step's first topic, then back to this step's topics", () => {
    expect(projectWayOn(roadmap, 'one')).toEqual([
      { label: 'Next step', title: 'C', href: '/roadmaps/backend/c' },
      { label: 'Back to this step', title: 'One', href: '/roadmaps/backend#step-one' },
    ]);
  });

  it("offers the next step's project when that step has no topics", () => {
    expect(projectWayOn(roadmap, 'two')[0]).toEqual({
      label: 'Next step',
      title: 'P3',
      href: '/roadmaps/backend/projects/p3',
    });
  });

  it('offers the roadmap after the last step', () => {
    expect(projectWayOn(roadmap, 'three').map((offer) => offer.href)).toEqual([
      '/roadmaps/backend',
      '/roadmaps/backend#step-three',
    ]);
  });
});
