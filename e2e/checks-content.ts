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

type CheckedTopic = { roadmapId: string; topicId: string; title: string; check: TopicCheck };

/** The topics that have a check, in roadmap order, with their checks. */
export const checkedTopics: CheckedTopic[] = roadmaps.flatMap((roadmap) =>
  roadmap.steps.flatMap((step) =>
    step.topics.flatMap((topic) => {
      const check = topicChecks.get(checkKey(roadmap.id, topic.id));
      return check ? [{ roadmapId: roadmap.id, topicId: topic.id, title: topic.title, check }] : [];
    }),
  ),
);

/** The first topic of the first roadmap that has a check, with that check. */
export function firstCheckedTopic(): CheckedTopic {
  const found = checkedTopics[0];
  if (!found) throw new Error('no topic in content/ has a knowledge check');
  return found;
}

export const correctOptions = (question: CheckQuestion) =>
  question.options.filter((o) => o.correct);
export const wrongOption = (question: CheckQuestion) => question.options.find((o) => !o.correct)!;
