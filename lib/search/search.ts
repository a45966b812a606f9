import MiniSearch from 'minisearch';
import type { Route } from 'next';

import type { Roadmap } from '@/lib/content';
import { formatHours } from '@/lib/format';
import { projectPath, topicPath } from '@/lib/routes';

import { MAX_QUERY_LENGTH } from './limits';

/** A topic, or a step project (its id and title in the topic fields, its page in `path`). */
type SearchHit = {
  /** The words of the topic the query matched (after prefix and typo matching), to highlight. */
  terms: string[];
  path: Route;
  roadmapId: string;
  roadmapTitle: string;
  stepTitle: string;
  stepNumber?: string;
  topicId: string;
  topicTitle: string;
  summary: string;
};

type TopicDocument = Omit<SearchHit, 'terms'> & {
  id: string;
  concepts: string;
  items: string;
  resources: string;
};

/** Field weights: a hit in a title says more than one in a resource list. */
const boost = { topicTitle: 5, concepts: 3, items: 3, stepTitle: 2, summary: 1.5, resources: 1 };

export type Search = (query: string, limit?: number) => SearchHit[];

/** Builds an in-memory index of every topic; the content is small, so this takes milliseconds. */
export function createSearch(roadmaps: Roadmap[]): Search {
  const index = new MiniSearch<TopicDocument>({
    fields: Object.keys(boost),
    storeFields: [
      'path',
      'roadmapId',
      'roadmapTitle',
      'stepTitle',
      'stepNumber',
      'topicId',
      'topicTitle',
      'summary',
    ],
    searchOptions: {
      boost,
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(roadmaps.flatMap(toDocuments));

  return (query, limit = 30) => {
    const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
    if (trimmed === '') return [];
    return index
      .search(trimmed)
      .slice(0, limit)
      .map((result) => ({
        terms: result.terms,
        path: result.path,
        roadmapId: result.roadmapId,
        roadmapTitle: result.roadmapTitle,
        stepTitle: result.stepTitle,
        stepNumber: result.stepNumber,
        topicId: result.topicId,
        topicTitle: result.topicTitle,
        summary: result.summary,
      }));
  };
}

function toDocuments(roadmap: Roadmap): TopicDocument[] {
  return roadmap.steps.flatMap((step) => [
    ...step.topics.map((topic) => ({
      id: `${roadmap.id}/${topic.id}`,
      path: topicPath(roadmap.id, topic.id),
      roadmapId: roadmap.id,
      roadmapTitle: roadmap.title,
      stepTitle: step.title,
      stepNumber: step.number,
      topicId: topic.id,
      topicTitle: topic.title,
      summary: topic.summary,
      concepts: topic.concepts.join(' · '),
      items: topic.items.map((item) => item.name).join(' · '),
      resources: topic.resources.map((resource) => resource.title).join(' · '),
    })),
    {
      id: `${roadmap.id}/projects/${step.project.id}`,
      path: projectPath(roadmap.id, step.project.id),
      roadmapId: roadmap.id,
      roadmapTitle: roadmap.title,
      stepTitle: step.title,
      stepNumber: step.number,
      topicId: step.project.id,
      topicTitle: step.project.title,
      summary: `The step's hands-on project, about ${formatHours(step.project.hours)}.`,
      concepts: step.project.requirements.join(' · '),
      items: step.project.stretch.join(' · '),
      resources: '',
    },
  ]);
}
