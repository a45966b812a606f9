import 'server-only';

import { getRoadmaps } from '@/lib/content';
import type { CheckQuestion, TopicCheck } from '@/lib/content/check-schema';
import { QUESTIONS_PER_ATTEMPT } from '@/lib/content/check-sizes';

import { answerKey } from './answer-key';

/**
 * For tests: the first topic, in roadmap order, whose check is written, with its answer key and
 * the questions a first attempt asks (the bank's first).
 */
export function firstCheckedTopicForTests(): {
  roadmapId: string;
  topicId: string;
  check: TopicCheck;
  asked: CheckQuestion[];
} {
  for (const roadmap of getRoadmaps())
    for (const step of roadmap.steps)
      for (const topic of step.topics) {
        const check = answerKey(roadmap.id, topic.id);
        if (check)
          return {
            roadmapId: roadmap.id,
            topicId: topic.id,
            check,
            asked: check.questions.slice(0, QUESTIONS_PER_ATTEMPT),
          };
      }
  throw new Error('no topic in content/ has a knowledge check');
}

/** The `asked` fields a check form sends for these questions. */
export const askedFieldsForTests = (asked: readonly CheckQuestion[]): [string, string][] =>
  asked.map((question) => ['asked', question.id]);
