import { getRoadmaps } from '@/lib/content';

import { createSearch, type Search } from './search';

export { MAX_QUERY_LENGTH } from './limits';

let search: Search | undefined;

/** Searches every topic of every roadmap; the index is built on first use and kept. */
export const searchTopics: Search = (query, limit) => {
  search ??= createSearch(getRoadmaps());
  return search(query, limit);
};
