import { describe, expect, it } from 'vitest';

import { nextOffers } from './offers';

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
