import { contentRoot } from '../lib/content';
import { checkFileSuffix, checkKey, parseChecks } from '../lib/content/check-parse';
import type { CheckQuestion, TopicCheck } from '../lib/content/check-schema';
import { readContentFiles } from '../lib/content/read';
import { roadmaps } from './content';

/** The knowledge checks the app was built from (the answer key), for specs to answer with. */
export const topicChecks = parseChecks(
  readContentFiles(contentRoot, checkFileSuffix),
  roadmaps,
  undefined,
  {
    fullChecks: () => false,
  },
);

/** The first topic of the first roadmap that has a check, with that check. */
export function firstCheckedTopic(): { roadmapId: string; topicId: string; check: TopicCheck } {
  for (const roadmap of roadmaps)
    for (const step of roadmap.steps)
      for (const topic of step.topics) {
        const check = topicChecks.get(checkKey(roadmap.id, topic.id));
        if (check) return { roadmapId: roadmap.id, topicId: topic.id, check };
      }
  throw new Error('no topic in content/ has a knowledge check');
}

export const correctOptions = (question: CheckQuestion) =>
  question.options.filter((o) => o.correct);
export const wrongOption = (question: CheckQuestion) => question.options.find((o) => !o.correct)!;
