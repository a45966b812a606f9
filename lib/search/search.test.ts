import { describe, expect, it } from 'vitest';

import type { Roadmap, Topic } from '@/lib/content';

import { createSearch } from './search';

function topic(id: string, fields: Partial<Topic> = {}): Topic {
  return {
    id,
    title: id,
    summary: `About ${id}.`,
    why: 'It matters.',
    hours: 1,
    concepts: [],
    items: [],
    resources: [],
    related: [],
    body: '',
    ...fields,
  };
}

const roadmap = (id: string, title: string, topics: Topic[]): Roadmap => ({
  id,
  title,
  tagline: '',
  description: '',
  order: 1,
  intro: '',
  retiredTopics: [],
  topicCount: topics.length,
  hours: topics.length,
  steps: [
    {
      id: 'step',
      number: '2',
      title: 'Databases',
      summary: '',
      topics,
      project: {
        id: 'build',
        title: 'Build',
        hours: 1,
        anyLanguage: false,
        requirements: [`Serves ${id} over HTTP`],
        acceptance: [],
        stretch: [],
        body: '',
      },
      hours: topics.length,
    },
  ],
});

const search = createSearch([
  roadmap('backend', 'Backend', [
    topic('sql', { title: 'SQL basics', summary: 'Query relational data.' }),
    topic('nosql', {
      title: 'Document stores',
      summary: 'Schemaless storage.',
      items: [{ name: 'MongoDB', note: 'Popular.' }],
    }),
    topic('caching', {
      title: 'Caching',
      concepts: ['Cache invalidation'],
      resources: [
        { title: 'Redis documentation', type: 'docs', cost: 'free', url: 'https://redis.io/' },
      ],
    }),
  ]),
  roadmap('js', 'JavaScript', [topic('mongo', { title: 'MongoDB with Node.js' })]),
]);

describe('createSearch', () => {
  it('ranks a title match above a mention elsewhere and reports where each hit lives', () => {
    const hits = search('mongodb');
    expect(hits.map((hit) => `${hit.roadmapId}/${hit.topicId}`)).toEqual([
      'js/mongo',
      'backend/nosql',
    ]);
    expect(hits[1]).toMatchObject({
      roadmapTitle: 'Backend',
      stepTitle: 'Databases',
      stepNumber: '2',
    });
  });

  it('finds concepts and resource titles, by prefix and with a typo', () => {
    expect(search('invalidat').map((hit) => hit.topicId)).toEqual(['caching']);
    expect(search('reddis documentation').map((hit) => hit.topicId)).toEqual(['caching']);
  });

  it('names the words it matched, so results can highlight them', () => {
    expect(search('mong')[0]?.terms).toEqual(['mongo', 'mongodb']); // its summary says "About mongo."
    expect(search('reddis')[0]?.terms).toEqual(['redis']);
  });

  it('finds step projects by their title and requirements, linking their pages', () => {
    expect(search('serves js over http')).toEqual([
      expect.objectContaining({ path: '/roadmaps/js/projects/build', topicTitle: 'Build' }),
    ]);
    expect(search('sql')[0]).toMatchObject({ path: '/roadmaps/backend/sql' });
  });

  it('requires every word to match', () => {
    expect(search('sql relational').map((hit) => hit.topicId)).toEqual(['sql']);
    expect(search('sql mongodb')).toEqual([]);
  });

  it('returns nothing for a blank query and tolerates huge or odd input', () => {
    expect(search('   ')).toEqual([]);
    expect(() => search('x'.repeat(10_000))).not.toThrow();
    expect(() => search('"(*&^%$#@!')).not.toThrow();
  });
});
